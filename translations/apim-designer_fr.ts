<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BundleWriter</name>
    <message>
        <source>Not exported: %1 of node %2: %3</source>
        <translation>Non exporté : %1 du nœud %2 : %3</translation>
    </message>
    <message>
        <source>choose overwrite to replace it</source>
        <translation>choisissez le remplacement pour l&apos;écraser</translation>
    </message>
    <message>
        <source>Refusing to write the bundle: unsafe path &quot;%1&quot;: %2</source>
        <translation>Écriture du paquet refusée : chemin dangereux « %1 » : %2</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>le chemin est vide</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>le chemin contient un caractère NUL</translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation>le chemin contient une barre oblique inverse</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>le chemin est absolu</translation>
    </message>
    <message>
        <source>the path starts with a drive letter</source>
        <translation>le chemin commence par une lettre de lecteur</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>le chemin est trop long</translation>
    </message>
    <message>
        <source>the path has an empty segment</source>
        <translation>le chemin a un segment vide</translation>
    </message>
    <message>
        <source>the path has a &quot;.&quot; or &quot;..&quot; segment</source>
        <translation>le chemin a un segment « . » ou « .. »</translation>
    </message>
    <message>
        <source>it occurs twice</source>
        <translation>il apparaît deux fois</translation>
    </message>
    <message>
        <source>it is both a file and a folder</source>
        <translation>c&apos;est à la fois un fichier et un dossier</translation>
    </message>
    <message>
        <source>No zip file name given.</source>
        <translation>Aucun nom de fichier zip indiqué.</translation>
    </message>
    <message>
        <source>Cannot build the zip file %1: %2</source>
        <translation>Impossible de construire le fichier zip %1 : %2</translation>
    </message>
    <message>
        <source>cannot compress %1</source>
        <translation>impossible de compresser %1</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>impossible d&apos;ajouter %1</translation>
    </message>
    <message>
        <source>cannot finish the central directory</source>
        <translation>impossible de terminer le répertoire central</translation>
    </message>
</context>
<context>
    <name>CanvasItemAccessible</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Aucun problème.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
    <message>
        <source>key manager</source>
        <translation>gestionnaire de clés</translation>
    </message>
    <message>
        <source>traffic manager</source>
        <translation>gestionnaire de trafic</translation>
    </message>
    <message>
        <source>event hub</source>
        <translation>Event Hub</translation>
    </message>
    <message>
        <source>portals</source>
        <translation>portails</translation>
    </message>
</context>
<context>
    <name>CanvasStyle</name>
    <message>
        <source>GW</source>
        <comment>gateway tag</comment>
        <translation>GW</translation>
    </message>
    <message>
        <source>CP</source>
        <comment>control plane tag</comment>
        <translation>CP</translation>
    </message>
    <message>
        <source>LB</source>
        <comment>load balancer tag</comment>
        <translation>LB</translation>
    </message>
    <message>
        <source>DB</source>
        <comment>database tag</comment>
        <translation>BD</translation>
    </message>
    <message>
        <source>TM</source>
        <comment>traffic manager tag</comment>
        <translation>TM</translation>
    </message>
    <message>
        <source>KM</source>
        <comment>key manager tag</comment>
        <translation>KM</translation>
    </message>
    <message>
        <source>AM</source>
        <comment>all-in-one tag</comment>
        <translation>AM</translation>
    </message>
    <message>
        <source>IS</source>
        <comment>identity server tag</comment>
        <translation>IS</translation>
    </message>
    <message>
        <source>KV</source>
        <comment>key-value store tag</comment>
        <translation>KV</translation>
    </message>
</context>
<context>
    <name>ClusterFrameItem</name>
    <message>
        <source>HA cluster %1</source>
        <translation>Cluster HA %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>DesignSettings</name>
    <message>
        <source>Design name:</source>
        <translation>Nom du design :</translation>
    </message>
    <message>
        <source>API-M version:</source>
        <translation>Version d&apos;API-M :</translation>
    </message>
    <message>
        <source>Admin user name:</source>
        <translation>Nom de l&apos;administrateur :</translation>
    </message>
    <message>
        <source>Admin password:</source>
        <translation>Mot de passe administrateur :</translation>
    </message>
    <message>
        <source>Store passwords in the project file</source>
        <translation>Enregistrer les mots de passe dans le fichier projet</translation>
    </message>
    <message>
        <source>Encryption key (4.7+):</source>
        <translation>Clé de chiffrement (4.7+) :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias :</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Mot de passe de la clé :</translation>
    </message>
    <message>
        <source>Invalidate gateway caches over JMS</source>
        <translation>Invalider les caches des passerelles via JMS</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domaine :</translation>
    </message>
    <message>
        <source>Send [qpid.heartbeat]</source>
        <translation>Envoyer [qpid.heartbeat]</translation>
    </message>
    <message>
        <source>Delay (seconds):</source>
        <translation>Délai (secondes) :</translation>
    </message>
    <message>
        <source>Timeout factor:</source>
        <translation>Facteur de délai d&apos;expiration :</translation>
    </message>
    <message>
        <source>Export passwords as Secure Vault aliases</source>
        <translation>Exporter les mots de passe comme alias Secure Vault</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Certificats :</translation>
    </message>
    <message>
        <source>Own CA certificate:</source>
        <translation>Certificat de l&apos;AC propre :</translation>
    </message>
    <message>
        <source>Own CA key:</source>
        <translation>Clé de l&apos;AC propre :</translation>
    </message>
    <message>
        <source>APIs:</source>
        <translation>API :</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Points de terminaison :</translation>
    </message>
    <message>
        <source>Sequences:</source>
        <translation>Séquences :</translation>
    </message>
    <message>
        <source>Local entries:</source>
        <translation>Entrées locales :</translation>
    </message>
    <message>
        <source>64 hexadecimal characters, the same on every node. The designer creates it once for a 4.7 design; paste the key of a running deployment instead.</source>
        <translation>64 caractères hexadécimaux, identiques sur chaque nœud. Le designer la crée une fois pour un design 4.7 ; collez plutôt la clé d&apos;un déploiement en service.</translation>
    </message>
    <message>
        <source>private-ca: the bundle&apos;s certs/make-certs.sh makes a CA and a certificate per node; own-ca: it signs them with your CA; wso2-defaults: the nodes keep WSO2&apos;s shipped wso2carbon.jks (CN=localhost), with a warning.</source>
        <translation>private-ca : le script certs/make-certs.sh du paquet crée une AC et un certificat par nœud ; own-ca : il les signe avec votre AC ; wso2-defaults : les nœuds gardent le wso2carbon.jks livré par WSO2 (CN=localhost), avec un avertissement.</translation>
    </message>
    <message>
        <source>For own-ca: a path on the machine where certs/make-certs.sh runs.</source>
        <translation>Pour own-ca : un chemin sur la machine où s&apos;exécute certs/make-certs.sh.</translation>
    </message>
    <message>
        <source>Passwords become $secret{alias} references, with a [secrets] table for WSO2&apos;s cipher tool.</source>
        <translation>Les mots de passe deviennent des références $secret{alias}, avec une table [secrets] pour l&apos;outil de chiffrement de WSO2.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Primary keystore</source>
        <translation>Keystore principal</translation>
    </message>
    <message>
        <source>Truststore</source>
        <translation>Truststore</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Gateway environments</source>
        <translation>Environnements de passerelle</translation>
    </message>
    <message>
        <source>Cache invalidation</source>
        <translation>Invalidation du cache</translation>
    </message>
    <message>
        <source>JMS heartbeat</source>
        <translation>Heartbeat JMS</translation>
    </message>
    <message>
        <source>Artifacts the gateways skip</source>
        <translation>Artefacts ignorés par les passerelles</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3.</source>
        <translation>%1 doit être compris entre %2 et %3.</translation>
    </message>
    <message>
        <source>unsupported API-M version &apos;%1&apos; (%2 to %3 are known)</source>
        <translation>version d&apos;API-M « %1 » non prise en charge (%2 à %3 sont connues)</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation>%1 doit être l&apos;un de %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>Gateway analytics:</source>
        <translation>Analytique des passerelles :</translation>
    </message>
    <message>
        <source>Choreo configuration endpoint:</source>
        <translation>Point de configuration Choreo :</translation>
    </message>
    <message>
        <source>On-premises key or Moesif id:</source>
        <translation>Clé sur site ou identifiant Moesif :</translation>
    </message>
    <message>
        <source>Service user:</source>
        <translation>Utilisateur du service :</translation>
    </message>
    <message>
        <source>API-M homes under:</source>
        <translation>Dossiers API-M sous :</translation>
    </message>
    <message>
        <source>The gateways&apos; [apim.analytics]. cloud: Choreo analytics up to 4.5 (configuration endpoint and on-premises key), Moesif from 4.6 (its application id); elk: the gateways log analytics events for ELK (4.2+).</source>
        <translation>Le bloc [apim.analytics] des passerelles. cloud : l&apos;analytique Choreo jusqu&apos;à 4.5 (point de configuration et clé sur site), Moesif à partir de 4.6 (son identifiant d&apos;application) ; elk : les passerelles journalisent les événements d&apos;analytique pour ELK (4.2 et suivantes).</translation>
    </message>
    <message>
        <source>The account the systemd units run API-M as; it must own the API-M homes and the 0600 files in them.</source>
        <translation>Le compte sous lequel les unités systemd exécutent API-M ; il doit posséder les dossiers API-M et les fichiers 0600 qu&apos;ils contiennent.</translation>
    </message>
    <message>
        <source>The service user must be a system account name: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>L&apos;utilisateur du service doit être un nom de compte système : lettres minuscules, chiffres, « _ » et « - ».</translation>
    </message>
    <message>
        <source>Each node&apos;s API-M home is this folder plus the node&apos;s name, in its systemd unit and the README.</source>
        <translation>Le dossier API-M de chaque nœud est ce dossier suivi du nom du nœud, dans son unité systemd et dans le README.</translation>
    </message>
    <message>
        <source>The folder of the API-M homes must be an absolute path on one line, without $ &quot; &apos; or \.</source>
        <translation>Le dossier des dossiers API-M doit être un chemin absolu sur une ligne, sans $ &quot; &apos; ni \.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytique</translation>
    </message>
    <message>
        <source>Services (systemd)</source>
        <translation>Services (systemd)</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>Deployment bundle (node files, README)</source>
        <translation>Paquet de déploiement (fichiers des nœuds, README)</translation>
    </message>
    <message>
        <source>Ansible playbook</source>
        <translation>Playbook Ansible</translation>
    </message>
    <message>
        <source>Docker Compose on one machine</source>
        <translation>Docker Compose sur une machine</translation>
    </message>
    <message>
        <source>Helm values for helm-apim</source>
        <translation>Valeurs Helm pour helm-apim</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos;; choose one of: %2</source>
        <translation>cible « %1 » inconnue ; choisissez parmi : %2</translation>
    </message>
    <message>
        <source>The %1 target cannot express this design: %2</source>
        <translation>La cible %1 ne peut pas exprimer ce design : %2</translation>
    </message>
    <message>
        <source>The %1 target was skipped: it cannot express this design: %2</source>
        <translation>La cible %1 a été ignorée : elle ne peut pas exprimer ce design : %2</translation>
    </message>
</context>
<context>
    <name>FieldValidation</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 doit être un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Choisissez parmi : %1.</translation>
    </message>
    <message>
        <source>“%1” is neither a host name nor an IPv6 address.</source>
        <translation>« %1 » n&apos;est ni un nom d&apos;hôte ni une adresse IPv6.</translation>
    </message>
    <message>
        <source>A host name has at most 253 characters.</source>
        <translation>Un nom d&apos;hôte compte au plus 253 caractères.</translation>
    </message>
    <message>
        <source>“%1” has an empty part between dots.</source>
        <translation>« %1 » a une partie vide entre deux points.</translation>
    </message>
    <message>
        <source>Each part of a host name has at most 63 characters.</source>
        <translation>Chaque partie d&apos;un nom d&apos;hôte compte au plus 63 caractères.</translation>
    </message>
    <message>
        <source>“%1” is not a host name: “%2” is not allowed (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; are).</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte : « %2 » n&apos;est pas autorisé (lettres, chiffres, « - », « _ » et « . » le sont).</translation>
    </message>
    <message>
        <source>A part of a host name cannot start or end with &apos;-&apos;.</source>
        <translation>Une partie d&apos;un nom d&apos;hôte ne peut pas commencer ni finir par « - ».</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (four numbers from 0 to 255), and a host name cannot end in a number.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv4 (quatre nombres de 0 à 255), et un nom d&apos;hôte ne peut pas finir par un nombre.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>the super admin is still admin/admin</source>
        <translation>le super administrateur est toujours admin/admin</translation>
    </message>
    <message>
        <source>the keystore uses the shipped password wso2carbon</source>
        <translation>le keystore utilise le mot de passe livré wso2carbon</translation>
    </message>
    <message>
        <source>the truststore uses the shipped password wso2carbon</source>
        <translation>le truststore utilise le mot de passe livré wso2carbon</translation>
    </message>
    <message>
        <source>the nodes keep WSO2&apos;s default certificate (CN=localhost); choose a private CA or your own under Certificates</source>
        <translation>les nœuds gardent le certificat par défaut de WSO2 (CN=localhost) ; choisissez une AC privée ou la vôtre sous Certificats</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 of %2 is not a valid host: %3</source>
        <translation>%1 de %2 n&apos;est pas un hôte valide : %3</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>impossible de lire %1 : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1 holds no *.toml file</source>
        <translation>%1 ne contient aucun fichier *.toml</translation>
    </message>
    <message>
        <source>%1 is the [server] hostname of %2: imported as the load balancer %3 in front of them; each node keeps its name as its own hostname.</source>
        <translation>%1 est le [server] hostname de %2 : importé comme l&apos;équilibreur de charge %3 placé devant eux ; chaque nœud garde son nom comme nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Check the nodes&apos; own hostnames and IPs: the files only name the balancer.</source>
        <translation>Vérifiez les noms d&apos;hôte et les IP des nœuds : les fichiers ne nomment que l&apos;équilibreur.</translation>
    </message>
    <message>
        <source>Imported as %1: %2</source>
        <translation>Importé comme %1 : %2</translation>
    </message>
    <message>
        <source>If the role is wrong, set server_role in the file and import it again.</source>
        <translation>Si le rôle est faux, définissez server_role dans le fichier et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 sets no [server] offset, but %2 of %3 reaches it at %4: imported with offset %5.</source>
        <translation>%1 ne définit pas d&apos;offset [server], mais %2 de %3 l&apos;atteint sur %4 : importé avec l&apos;offset %5.</translation>
    </message>
    <message>
        <source>Set offset = %1 in the [server] table of %2, or correct the port.</source>
        <translation>Définissez offset = %1 dans la table [server] de %2, ou corrigez le port.</translation>
    </message>
    <message>
        <source>%1 and %2 are on different database servers; a node links to one database, so the design links it to the %3 server and keeps the other in its extra TOML.</source>
        <translation>%1 et %2 sont sur des serveurs de base de données différents ; un nœud est relié à une seule base, donc le design le relie au serveur %3 et garde l&apos;autre dans son TOML supplémentaire.</translation>
    </message>
    <message>
        <source>Put apim_db and shared_db on one database server, or keep the second in the extra TOML.</source>
        <translation>Placez apim_db et shared_db sur un même serveur de base de données, ou gardez le second dans le TOML supplémentaire.</translation>
    </message>
    <message>
        <source>Check that %1 really fronts these nodes.</source>
        <translation>Vérifiez que %1 est bien devant ces nœuds.</translation>
    </message>
    <message>
        <source>%1 names %2, which is no imported node: kept as an external endpoint.</source>
        <translation>%1 nomme %2, qui n&apos;est aucun nœud importé : conservé comme point de terminaison externe.</translation>
    </message>
    <message>
        <source>Import that node&apos;s file too, or correct the host.</source>
        <translation>Importez aussi le fichier de ce nœud, ou corrigez l&apos;hôte.</translation>
    </message>
    <message>
        <source>Change the topology or the design settings to match, or edit the value in the node&apos;s extra TOML.</source>
        <translation>Modifiez la topologie ou les paramètres du design en conséquence, ou modifiez la valeur dans le TOML supplémentaire du nœud.</translation>
    </message>
    <message>
        <source>The file has %1 [[%2]] table(s); the design would write %3. Kept as they are.</source>
        <translation>Le fichier a %1 table(s) [[%2]] ; le design en écrirait %3. Conservées telles quelles.</translation>
    </message>
    <message>
        <source>%1 points at %2; from the topology the designer would point it at %3. Kept as it is.</source>
        <translation>%1 pointe vers %2 ; d&apos;après la topologie, le designer le ferait pointer vers %3. Conservé tel quel.</translation>
    </message>
    <message>
        <source>%1 is %2 in the file; the design would write %3. Kept as it is.</source>
        <translation>%1 vaut %2 dans le fichier ; le design écrirait %3. Conservé tel quel.</translation>
    </message>
    <message>
        <source>This is a template, not a deployment.toml: line %1 holds %2.</source>
        <translation>Ceci est un modèle, pas un deployment.toml : la ligne %1 contient %2.</translation>
    </message>
    <message>
        <source>Render it (helm template, the Ansible or Jinja run), then import the result.</source>
        <translation>Rendez-le (helm template, l&apos;exécution Ansible ou Jinja), puis importez le résultat.</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML non valide : %1</translation>
    </message>
    <message>
        <source>Fix the file; the node keeps what could be read before the error.</source>
        <translation>Corrigez le fichier ; le nœud garde ce qui a pu être lu avant l&apos;erreur.</translation>
    </message>
    <message>
        <source>the file configures nothing that decides the role; its path names &apos;%1&apos;</source>
        <translation>le fichier ne configure rien qui décide du rôle ; son chemin nomme « %1 »</translation>
    </message>
    <message>
        <source>the file configures nothing that decides the role; all-in-one assumed</source>
        <translation>le fichier ne configure rien qui décide du rôle ; tout-en-un supposé</translation>
    </message>
    <message>
        <source>no server_role</source>
        <translation>pas de server_role</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot;</source>
        <translation>server_role « %1 »</translation>
    </message>
    <message>
        <source>its keys speak for it: %1</source>
        <translation>ses clés parlent pour lui : %1</translation>
    </message>
    <message>
        <source>other files name it in %1</source>
        <translation>d&apos;autres fichiers le nomment dans %1</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; is a 3.x profile; its closest 4.x role is the control plane</source>
        <translation>server_role « %1 » est un profil 3.x ; son rôle 4.x le plus proche est le plan de contrôle</translation>
    </message>
    <message>
        <source>[encryption] holds the symmetric key API-M 4.7 introduced</source>
        <translation>[encryption] contient la clé symétrique introduite par API-M 4.7</translation>
    </message>
    <message>
        <source>[apim] gateway_type lists APIPlatform, as the 4.7 control plane ships it</source>
        <translation>[apim] gateway_type liste APIPlatform, comme le livre le plan de contrôle 4.7</translation>
    </message>
    <message>
        <source>[[oauth.extensions.token_types]] uses the 4.7 token persistence issuer</source>
        <translation>[[oauth.extensions.token_types]] utilise l&apos;émetteur à persistance de jetons de la 4.7</translation>
    </message>
    <message>
        <source>[apim] gateway_type lists Kong, as the 4.6 and later control planes ship it</source>
        <translation>[apim] gateway_type liste Kong, comme le livrent les plans de contrôle 4.6 et ultérieurs</translation>
    </message>
    <message>
        <source>[apim.distributed_throttling] came with 4.6</source>
        <translation>[apim.distributed_throttling] est apparu avec la 4.6</translation>
    </message>
    <message>
        <source>[[apim.tenant_sharing]] came with 4.6</source>
        <translation>[[apim.tenant_sharing]] est apparu avec la 4.6</translation>
    </message>
    <message>
        <source>[apim] gateway_type is what the 4.5 and later packs ship</source>
        <translation>[apim] gateway_type est ce que livrent les paquets 4.5 et ultérieurs</translation>
    </message>
    <message>
        <source>[apim.gateway_notification] came with the 4.5 gateways</source>
        <translation>[apim.gateway_notification] est apparu avec les passerelles 4.5</translation>
    </message>
    <message>
        <source>[[apim.analytics.url_group]] is the 3.x analytics configuration</source>
        <translation>[[apim.analytics.url_group]] est la configuration d&apos;analytique 3.x</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; is no API-M 4.x role but a 3.x profile</source>
        <translation>server_role « %1 » n&apos;est pas un rôle d&apos;API-M 4.x mais un profil 3.x</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; is a profile of the 4.1 to 4.4 single pack</source>
        <translation>server_role « %1 » est un profil du paquet unique 4.1 à 4.4</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; on a %2 is what the separate 4.5+ distributions write</source>
        <translation>server_role « %1 » sur un %2 est ce qu&apos;écrivent les distributions séparées 4.5+</translation>
    </message>
    <message>
        <source>it defines gateway environments but no gateway labels, as 3.x did</source>
        <translation>il définit des environnements de passerelle mais aucun libellé de passerelle, comme en 3.x</translation>
    </message>
    <message>
        <source>its active &quot;Default&quot; gateway environment on localhost is what the 4.6+ control plane pack ships</source>
        <translation>son environnement de passerelle « Default » actif sur localhost est ce que livre le paquet du plan de contrôle 4.6+</translation>
    </message>
    <message>
        <source>it configures no database, as the 4.7 %1 pack ships</source>
        <translation>il ne configure aucune base de données, comme le livre le paquet %1 de la 4.7</translation>
    </message>
    <message>
        <source>4.%1 to 4.%2</source>
        <translation>4.%1 à 4.%2</translation>
    </message>
    <message>
        <source>The files are an API-M 3.x set: %1. The designer generates 4.1 to 4.7 only; the design targets %2 and the review reads the files as they are.</source>
        <translation>Les fichiers sont un ensemble API-M 3.x : %1. Le designer génère uniquement pour 4.1 à 4.7 ; le design cible %2 et la revue lit les fichiers tels quels.</translation>
    </message>
    <message>
        <source>The files show API-M %1: %2. The design targets %3.</source>
        <translation>Les fichiers indiquent API-M %1 : %2. Le design cible %3.</translation>
    </message>
    <message>
        <source>Move the set to API-M 4.1 or later before generating files from it.</source>
        <translation>Migrez l&apos;ensemble vers API-M 4.1 ou ultérieur avant d&apos;en générer des fichiers.</translation>
    </message>
    <message>
        <source>Set the exact version in the design settings if the files are for another release.</source>
        <translation>Indiquez la version exacte dans les paramètres du design si les fichiers sont pour une autre version.</translation>
    </message>
    <message>
        <source>%1 is a service name that fits %2 alike: imported as the load balancer %3 in front of them.</source>
        <translation>%1 est un nom de service qui convient aussi bien à %2 : importé comme l&apos;équilibreur de charge %3 placé devant eux.</translation>
    </message>
</context>
<context>
    <name>ImporterTr</name>
    <message>
        <source>%1 is no node&apos;s hostname but the service URL next to endpoints of %2 nodes: imported as the load balancer %3 in front of them.</source>
        <translation>%1 n&apos;est le nom d&apos;hôte d&apos;aucun nœud, mais l&apos;URL de service à côté des points de terminaison de %2 nœuds : importé comme l&apos;équilibreur de charge %3 placé devant eux.</translation>
    </message>
    <message>
        <source>Check that %1 really fronts these nodes.</source>
        <translation>Vérifiez que %1 est bien devant ces nœuds.</translation>
    </message>
</context>
<context>
    <name>InspectorOrigin</name>
    <message>
        <source>inferred</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>A deployment.toml does not name its node: the name comes from the file&apos;s path or the name its peers use.</source>
        <translation>Un deployment.toml ne nomme pas son nœud : le nom vient du chemin du fichier ou du nom qu&apos;utilisent ses pairs.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>From %1 in the node&apos;s file.</source>
        <translation>De %1 dans le fichier du nœud.</translation>
    </message>
    <message>
        <source>own host</source>
        <translation>hôte propre</translation>
    </message>
    <message>
        <source>The file&apos;s %1, “%2”, is the load balancer&apos;s, and the designer writes the balancer&apos;s there too. This is the node&apos;s own host (hosts files, links); it is not a key of the node&apos;s file.</source>
        <translation>Le %1 du fichier, « %2 », est celui de l&apos;équilibreur de charge, et le designer y écrit aussi celui de l&apos;équilibreur. Il s&apos;agit de l&apos;hôte propre du nœud (fichiers hosts, liens) ; ce n&apos;est pas une clé du fichier du nœud.</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>diffère</translation>
    </message>
    <message>
        <source>The file sets %1 = “%2”; the designer writes this value instead.</source>
        <translation>Le fichier définit %1 = « %2 » ; le designer écrit cette valeur à la place.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>The file does not set %1: the default.</source>
        <translation>Le fichier ne définit pas %1 : la valeur par défaut.</translation>
    </message>
    <message>
        <source>Not a key of deployment.toml: the default.</source>
        <translation>Pas une clé de deployment.toml : la valeur par défaut.</translation>
    </message>
    <message>
        <source>The file does not set %1: inferred from the other files of the set, or set in the designer.</source>
        <translation>Le fichier ne définit pas %1 : déduit des autres fichiers de l&apos;ensemble, ou défini dans le designer.</translation>
    </message>
    <message>
        <source>Not a key of deployment.toml: set in the designer.</source>
        <translation>Pas une clé de deployment.toml : défini dans le designer.</translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>×%1</source>
        <comment>a bundle of links</comment>
        <translation>×%1</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>The name is empty.</source>
        <translation>Le nom est vide.</translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation>Le nom dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; in a name.</source>
        <translation>N&apos;utilisez que des lettres, des chiffres, « - », « _ » et « . » dans un nom.</translation>
    </message>
    <message>
        <source>A name cannot start with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Un nom ne peut pas commencer par « . » ni par « - ».</translation>
    </message>
    <message>
        <source>Windows reserves this name for a device.</source>
        <translation>Windows réserve ce nom à un périphérique.</translation>
    </message>
</context>
<context>
    <name>NodeClipboard</name>
    <message>
        <source>clipboard</source>
        <translation>presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Coller %n nœud</numerusform>
            <numerusform>Coller %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n node(s)</source>
        <translation>
            <numerusform>Dupliquer %n nœud</numerusform>
            <numerusform>Dupliquer %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n node(s)</source>
        <translation>
            <numerusform>Couper %n nœud</numerusform>
            <numerusform>Couper %n nœuds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>no hostname</source>
        <translation>pas de nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Drag to another node to link them; the nodes that accept the link light up.</source>
        <translation>Faites glisser vers un autre nœud pour les relier ; les nœuds qui acceptent le lien s’allument.</translation>
    </message>
</context>
<context>
    <name>ProblemsDetail</name>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>the design as a whole</source>
        <translation>le design dans son ensemble</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 fois</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>missing key &apos;%1&apos;</source>
        <translation>clé « %1 » manquante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>« %1 » doit être une chaîne</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>« %1 » doit valoir true ou false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an integer</source>
        <translation>« %1 » doit être un entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation>« %1 » doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>« %1 » doit être un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of strings</source>
        <translation>« %1 » doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must hold strings only</source>
        <translation>« %1 » ne doit contenir que des chaînes</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a table</source>
        <translation>« %1 » doit être une table</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation>clé « %1 » inconnue dans %2</translation>
    </message>
    <message>
        <source>missing table [design]</source>
        <translation>table [design] manquante</translation>
    </message>
    <message>
        <source>&apos;environment&apos; must be an array of tables ([[environment]])</source>
        <translation>« environment » doit être un tableau de tables ([[environment]])</translation>
    </message>
    <message>
        <source>environment type must be hybrid, production or sandbox</source>
        <translation>le type d&apos;environnement doit être hybrid, production ou sandbox</translation>
    </message>
    <message>
        <source>duplicate environment &apos;%1&apos;</source>
        <translation>environnement « %1 » en double</translation>
    </message>
    <message>
        <source>unknown node kind &apos;%1&apos;</source>
        <translation>type de nœud « %1 » inconnu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of: %2</source>
        <translation>« %1 » doit être l&apos;un de : %2</translation>
    </message>
    <message>
        <source>node name &apos;%1&apos;: %2</source>
        <translation>nom de nœud « %1 » : %2</translation>
    </message>
    <message>
        <source>duplicate node name &apos;%1&apos;</source>
        <translation>nom de nœud « %1 » en double</translation>
    </message>
    <message>
        <source>link from unknown node &apos;%1&apos;</source>
        <translation>lien depuis un nœud inconnu « %1 »</translation>
    </message>
    <message>
        <source>link to unknown node &apos;%1&apos;</source>
        <translation>lien vers un nœud inconnu « %1 »</translation>
    </message>
    <message>
        <source>invalid link %1 -&gt; %2: %3</source>
        <translation>lien non valide %1 -&gt; %2 : %3</translation>
    </message>
    <message>
        <source>not a project file: format_version is missing</source>
        <translation>pas un fichier projet : format_version manque</translation>
    </message>
    <message>
        <source>format_version must be a positive integer</source>
        <translation>format_version doit être un entier positif</translation>
    </message>
    <message>
        <source>written by a newer version of the designer (format %1; this version reads up to %2). Update the designer to open it.</source>
        <translation>écrit par une version plus récente du designer (format %1 ; cette version lit jusqu&apos;au %2). Mettez le designer à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>the file&apos;s top level</source>
        <translation>le niveau supérieur du fichier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of tables ([[%1]])</source>
        <translation>« %1 » doit être un tableau de tables ([[%1]])</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>le fichier dépasse %1 octets</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <source>The node this fix changes no longer exists.</source>
        <translation>Le nœud que modifie ce correctif n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 n&apos;a pas de champ %2.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is already what this fix sets.</source>
        <translation>Le %2 de %1 a déjà la valeur que définit ce correctif.</translation>
    </message>
    <message>
        <source>The design already has the gateway environments this fix adds.</source>
        <translation>Le design a déjà les environnements de passerelle qu&apos;ajoute ce correctif.</translation>
    </message>
    <message>
        <source>The design has no setting %1.</source>
        <translation>Le design n&apos;a pas de paramètre %1.</translation>
    </message>
    <message>
        <source>%1 is already what this fix sets.</source>
        <translation>%1 a déjà la valeur que définit ce correctif.</translation>
    </message>
    <message>
        <source>A node this fix links no longer exists.</source>
        <translation>Un nœud que relie ce correctif n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 est déjà relié à %2.</translation>
    </message>
    <message>
        <source>%1 is no longer linked to %2.</source>
        <translation>%1 n&apos;est plus relié à %2.</translation>
    </message>
    <message>
        <source>This fix edits a config file, not the design.</source>
        <translation>Ce correctif modifie un fichier de configuration, pas le design.</translation>
    </message>
    <message>
        <source>This fix has nothing to do.</source>
        <translation>Ce correctif n&apos;a rien à faire.</translation>
    </message>
    <message>
        <source>This fix removes a link it adds.</source>
        <translation>Ce correctif supprime un lien qu&apos;il ajoute.</translation>
    </message>
    <message>
        <source>This fix changes the design, not a config file.</source>
        <translation>Ce correctif modifie le design, pas un fichier de configuration.</translation>
    </message>
    <message>
        <source>%1 is not one of the files being fixed.</source>
        <translation>%1 ne fait pas partie des fichiers en cours de correction.</translation>
    </message>
    <message>
        <source>%1:%2: the text changed since the fix was made.</source>
        <translation>%1:%2 : le texte a changé depuis la création du correctif.</translation>
    </message>
    <message>
        <source>%1:%2: two steps of this fix edit the same text.</source>
        <translation>%1:%2 : deux étapes de ce correctif modifient le même texte.</translation>
    </message>
    <message>
        <source>It edits text that an earlier fix changes.</source>
        <translation>Il modifie du texte que change un correctif précédent.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>TOML syntax</source>
        <translation>Syntaxe TOML</translation>
    </message>
    <message>
        <source>not valid TOML</source>
        <translation>TOML non valide</translation>
    </message>
    <message>
        <source>Template, not a config</source>
        <translation>Modèle, pas une configuration</translation>
    </message>
    <message>
        <source>a Helm, Jinja or ERB template or a &lt;host&gt; placeholder where a deployment.toml belongs</source>
        <translation>un modèle Helm, Jinja ou ERB ou un paramètre fictif &lt;host&gt; là où un deployment.toml est attendu</translation>
    </message>
    <message>
        <source>Table order</source>
        <translation>Ordre des tables</translation>
    </message>
    <message>
        <source>a sub-table before its parent table, or [apim] enable_secure_vault after [apim.*]</source>
        <translation>une sous-table avant sa table parente, ou [apim] enable_secure_vault après [apim.*]</translation>
    </message>
    <message>
        <source>Secrets table last</source>
        <translation>Table des secrets en dernier</translation>
    </message>
    <message>
        <source>[secrets] is not the last table</source>
        <translation>[secrets] n&apos;est pas la dernière table</translation>
    </message>
    <message>
        <source>Undefined secret</source>
        <translation>Secret non défini</translation>
    </message>
    <message>
        <source>a $secret{x} with no x in [secrets]</source>
        <translation>un $secret{x} sans x dans [secrets]</translation>
    </message>
    <message>
        <source>Unmatched gateway label</source>
        <translation>Libellé de passerelle sans correspondance</translation>
    </message>
    <message>
        <source>a gateway label with no gateway environment of that name</source>
        <translation>un libellé de passerelle sans environnement de passerelle de ce nom</translation>
    </message>
    <message>
        <source>Duplicate gateway environment</source>
        <translation>Environnement de passerelle en double</translation>
    </message>
    <message>
        <source>two [[apim.gateway.environment]] tables with one name</source>
        <translation>deux tables [[apim.gateway.environment]] avec le même nom</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Hôte inconnu</translation>
    </message>
    <message>
        <source>a URL naming a host that is no node or load balancer of the design</source>
        <translation>une URL nommant un hôte qui n&apos;est ni un nœud ni un équilibreur de charge du design</translation>
    </message>
    <message>
        <source>Throttle endpoints</source>
        <translation>Points de décision de limitation</translation>
    </message>
    <message>
        <source>throttle endpoints missing a node, naming a load balancer or using a wrong port</source>
        <translation>points de décision de limitation auxquels il manque un nœud, qui nomment un équilibreur de charge ou utilisent un mauvais port</translation>
    </message>
    <message>
        <source>Event hub in HA</source>
        <translation>Event hub en HA</translation>
    </message>
    <message>
        <source>HA control planes without an event hub, or duplicating events to the wrong nodes</source>
        <translation>plans de contrôle HA sans event hub, ou qui dupliquent les événements vers les mauvais nœuds</translation>
    </message>
    <message>
        <source>Port conflict</source>
        <translation>Conflit de ports</translation>
    </message>
    <message>
        <source>two nodes on one machine listening on the same port</source>
        <translation>deux nœuds d&apos;une même machine écoutent sur le même port</translation>
    </message>
    <message>
        <source>Port placeholder across offsets</source>
        <translation>Paramètre fictif de port entre offsets</translation>
    </message>
    <message>
        <source>a ${...port} placeholder in a URL to a node with another offset</source>
        <translation>un paramètre fictif ${...port} dans une URL vers un nœud d&apos;un autre offset</translation>
    </message>
    <message>
        <source>Default credentials</source>
        <translation>Identifiants par défaut</translation>
    </message>
    <message>
        <source>admin/admin or the shipped wso2carbon keystore passwords</source>
        <translation>admin/admin ou les mots de passe livrés wso2carbon du keystore</translation>
    </message>
    <message>
        <source>Keystore mismatch</source>
        <translation>Keystores différents</translation>
    </message>
    <message>
        <source>the primary keystore differs between API-M nodes</source>
        <translation>le keystore principal diffère entre les nœuds API-M</translation>
    </message>
    <message>
        <source>H2 in a distributed design</source>
        <translation>H2 dans un design distribué</translation>
    </message>
    <message>
        <source>an H2 apim_db or shared_db in a multi-node design</source>
        <translation>une apim_db ou shared_db H2 dans un design multi-nœuds</translation>
    </message>
    <message>
        <source>Single-node role</source>
        <translation>Rôle à nœud unique</translation>
    </message>
    <message>
        <source>a role with one node only, so no high availability</source>
        <translation>un rôle avec un seul nœud, donc sans haute disponibilité</translation>
    </message>
    <message>
        <source>Missing proxy port</source>
        <translation>Port de proxy manquant</translation>
    </message>
    <message>
        <source>a node behind a load balancer without proxyPort</source>
        <translation>un nœud derrière un équilibreur de charge sans proxyPort</translation>
    </message>
    <message>
        <source>localhost as hostname</source>
        <translation>localhost comme nom d&apos;hôte</translation>
    </message>
    <message>
        <source>[server] hostname is localhost in a multi-node design</source>
        <translation>[server] hostname vaut localhost dans un design multi-nœuds</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Clé inconnue</translation>
    </message>
    <message>
        <source>a key API-M does not know</source>
        <translation>une clé qu&apos;API-M ne connaît pas</translation>
    </message>
    <message>
        <source>Version and topology</source>
        <translation>Version et topologie</translation>
    </message>
    <message>
        <source>a design the chosen API-M version cannot run: a missing kind, profile, traffic manager or encryption key, or too many key-value stores</source>
        <translation>un design que la version d&apos;API-M choisie ne peut pas exécuter : un type, un profil, un gestionnaire de trafic ou une clé de chiffrement manquant, ou trop de magasins clé-valeur</translation>
    </message>
    <message>
        <source>Endpoint reaches no node</source>
        <translation>Point de terminaison sans nœud</translation>
    </message>
    <message>
        <source>a localhost URL on a port no node of the machine listens on</source>
        <translation>une URL localhost sur un port où aucun nœud de la machine n&apos;écoute</translation>
    </message>
    <message>
        <source>Endpoint points at itself</source>
        <translation>Point de terminaison vers lui-même</translation>
    </message>
    <message>
        <source>a URL naming its own node where another node&apos;s service belongs</source>
        <translation>une URL nommant son propre nœud là où le service d&apos;un autre nœud est attendu</translation>
    </message>
    <message>
        <source>Endpoint port and offset</source>
        <translation>Port et offset du point de terminaison</translation>
    </message>
    <message>
        <source>the right node but a port its offset does not give the listener</source>
        <translation>le bon nœud mais un port que son offset ne donne pas à l&apos;écouteur</translation>
    </message>
    <message>
        <source>Endpoint target kind</source>
        <translation>Type de cible du point de terminaison</translation>
    </message>
    <message>
        <source>a URL reaching a node that does not provide that service in the version</source>
        <translation>une URL atteignant un nœud qui ne fournit pas ce service dans cette version</translation>
    </message>
    <message>
        <source>HA endpoint list</source>
        <translation>Liste de points de terminaison HA</translation>
    </message>
    <message>
        <source>Unused service node</source>
        <translation>Nœud de service inutilisé</translation>
    </message>
    <message>
        <source>a traffic manager or key manager no endpoint of another node reaches</source>
        <translation>un gestionnaire de trafic ou de clés qu&apos;aucun point de terminaison d&apos;un autre nœud n&apos;atteint</translation>
    </message>
    <message>
        <source>Gateway key manager</source>
        <translation>Gestionnaire de clés de la passerelle</translation>
    </message>
    <message>
        <source>Database TLS off</source>
        <translation>TLS de base de données désactivé</translation>
    </message>
    <message>
        <source>useSSL=false or encrypt=false in a JDBC URL</source>
        <translation>useSSL=false ou encrypt=false dans une URL JDBC</translation>
    </message>
    <message>
        <source>Weak database user</source>
        <translation>Utilisateur de base de données faible</translation>
    </message>
    <message>
        <source>a database user that is root, or a password equal to the user name</source>
        <translation>un utilisateur de base de données root, ou un mot de passe égal au nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Hostname check off</source>
        <translation>Vérification du nom d&apos;hôte désactivée</translation>
    </message>
    <message>
        <source>HostnameVerifier = &quot;AllowAll&quot;: any certificate name is accepted</source>
        <translation>HostnameVerifier = &quot;AllowAll&quot; : n&apos;importe quel nom de certificat est accepté</translation>
    </message>
    <message>
        <source>Placeholder left in</source>
        <translation>Paramètre fictif laissé</translation>
    </message>
    <message>
        <source>a template placeholder or YOUR_..._HERE in a value API-M reads, in a file that parses</source>
        <translation>un paramètre fictif de modèle ou YOUR_..._HERE dans une valeur lue par API-M, dans un fichier qui s&apos;analyse</translation>
    </message>
    <message>
        <source>Shipped primary keystore</source>
        <translation>Keystore principal livré</translation>
    </message>
    <message>
        <source>[keystore.primary] (else [keystore.tls]) is the shipped wso2carbon.jks: tokens are signed with a publicly known key</source>
        <translation>[keystore.primary] (sinon [keystore.tls]) est le wso2carbon.jks livré : les jetons sont signés avec une clé publiquement connue</translation>
    </message>
    <message>
        <source>localhost advertised</source>
        <translation>localhost annoncé</translation>
    </message>
    <message>
        <source>localhost in a gateway environment&apos;s endpoints or the devportal URL</source>
        <translation>localhost dans les points de terminaison d&apos;un environnement de passerelle ou dans l&apos;URL du portail développeur</translation>
    </message>
    <message>
        <source>No AMQP heartbeat</source>
        <translation>Pas de heartbeat AMQP</translation>
    </message>
    <message>
        <source>a control plane serving other nodes over AMQP without [qpid.heartbeat]</source>
        <translation>un plan de contrôle servant d&apos;autres nœuds via AMQP sans [qpid.heartbeat]</translation>
    </message>
    <message>
        <source>Version from the files</source>
        <translation>Version d&apos;après les fichiers</translation>
    </message>
    <message>
        <source>imported files show API-M 4.5 or later, or a 3.x set; which, and why</source>
        <translation>les fichiers importés indiquent API-M 4.5 ou ultérieur, ou un ensemble 3.x ; lequel, et pourquoi</translation>
    </message>
    <message>
        <source>[apim] with enable_secure_vault comes after %1 (line %2): API-M refuses to start.</source>
        <translation>[apim] avec enable_secure_vault vient après %1 (ligne %2) : API-M refuse de démarrer.</translation>
    </message>
    <message>
        <source>%1 comes after its sub-table %2 (line %3): valid TOML, but API-M refuses to start.</source>
        <translation>%1 vient après sa sous-table %2 (ligne %3) : TOML valide, mais API-M refuse de démarrer.</translation>
    </message>
    <message>
        <source>Put [apim] enable_secure_vault = true before every other [apim] table.</source>
        <translation>Placez [apim] enable_secure_vault = true avant toutes les autres tables [apim].</translation>
    </message>
    <message>
        <source>Move %1 and its keys above line %2.</source>
        <translation>Déplacez %1 et ses clés au-dessus de la ligne %2.</translation>
    </message>
    <message>
        <source>[secrets] is followed by %1 (line %2); API-M reads secrets only from the end of the file.</source>
        <translation>[secrets] est suivi de %1 (ligne %2) ; API-M ne lit les secrets qu&apos;à la fin du fichier.</translation>
    </message>
    <message>
        <source>Move [secrets] and its keys to the very end of the file.</source>
        <translation>Déplacez [secrets] et ses clés tout à la fin du fichier.</translation>
    </message>
    <message>
        <source>[secrets] is followed by [%1]; API-M reads secrets only from the end of the file.</source>
        <translation>[secrets] est suivi de [%1] ; API-M ne lit les secrets qu&apos;à la fin du fichier.</translation>
    </message>
    <message>
        <source>Move [secrets] to the end of the node&apos;s extra TOML.</source>
        <translation>Déplacez [secrets] à la fin du TOML supplémentaire du nœud.</translation>
    </message>
    <message>
        <source>$secret{%1} has no %1 in [secrets]; API-M cannot resolve it.</source>
        <translation>$secret{%1} n&apos;a pas de %1 dans [secrets] ; API-M ne peut pas le résoudre.</translation>
    </message>
    <message>
        <source>Add %1 = &quot;[plaintext]&quot; under [secrets] at the end of the file, then run ciphertool.</source>
        <translation>Ajoutez %1 = &quot;[plaintext]&quot; sous [secrets] à la fin du fichier, puis exécutez ciphertool.</translation>
    </message>
    <message>
        <source>%1 is an array of tables in API-M: write [[%2]].</source>
        <translation>%1 est un tableau de tables dans API-M : écrivez [[%2]].</translation>
    </message>
    <message>
        <source>API-M 4.x does not know the key %1.</source>
        <translation>API-M 4.x ne connaît pas la clé %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <source>API-M ignores keys it does not know: check the spelling against the configuration catalogue.</source>
        <translation>API-M ignore les clés qu&apos;il ne connaît pas : vérifiez l&apos;orthographe dans le catalogue de configuration.</translation>
    </message>
    <message>
        <source>This is a template, not a deployment.toml: line %1 holds %2.</source>
        <translation>Ceci est un modèle, pas un deployment.toml : la ligne %1 contient %2.</translation>
    </message>
    <message>
        <source>Render it (helm template, the Ansible or Jinja run) and review the result; API-M reads no template.</source>
        <translation>Rendez-le (helm template, l&apos;exécution Ansible ou Jinja) et examinez le résultat ; API-M ne lit aucun modèle.</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML non valide : %1</translation>
    </message>
    <message>
        <source>Fix the syntax at this position; API-M will not start with this file.</source>
        <translation>Corrigez la syntaxe à cet endroit ; API-M ne démarrera pas avec ce fichier.</translation>
    </message>
    <message>
        <source>The extra TOML of %1 is not valid TOML (line %2): %3</source>
        <translation>Le TOML supplémentaire de %1 n&apos;est pas du TOML valide (ligne %2) : %3</translation>
    </message>
    <message>
        <source>Fix it in the node&apos;s inspector; until then it is left out of the export.</source>
        <translation>Corrigez-le dans l&apos;inspecteur du nœud ; d&apos;ici là, il est exclu de l&apos;export.</translation>
    </message>
    <message>
        <source>[database.%1] url sets %2=false: the connection to the database, passwords included, travels unencrypted.</source>
        <translation>L&apos;url de [database.%1] définit %2=false : la connexion à la base de données, mots de passe compris, circule sans chiffrement.</translation>
    </message>
    <message>
        <source>Remove %1=false (or set it to true) and give the database a certificate the node trusts.</source>
        <translation>Supprimez %1=false (ou mettez true) et donnez à la base de données un certificat auquel le nœud fait confiance.</translation>
    </message>
    <message>
        <source>[database.%1] connects as root: a leaked node password gives the whole database server away.</source>
        <translation>[database.%1] se connecte en root : un mot de passe de nœud divulgué livre tout le serveur de base de données.</translation>
    </message>
    <message>
        <source>[database.%1] password is its user name &quot;%2&quot;: the first guess of anyone who reaches the database.</source>
        <translation>Le mot de passe de [database.%1] est son nom d&apos;utilisateur « %2 » : la première tentative de quiconque atteint la base.</translation>
    </message>
    <message>
        <source>Create a user for API-M with rights on its own schema only, with a strong password kept in [secrets].</source>
        <translation>Créez pour API-M un utilisateur n&apos;ayant de droits que sur son propre schéma, avec un mot de passe fort gardé dans [secrets].</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: the node accepts any certificate name, so anyone between it and a backend can pose as that backend.</source>
        <translation>%1 = « %2 » : le nœud accepte n&apos;importe quel nom de certificat, donc quiconque se trouve entre lui et un backend peut se faire passer pour ce backend.</translation>
    </message>
    <message>
        <source>Use &quot;DefaultAndLocalhost&quot; (or &quot;Strict&quot;) and give the backends certificates that name them.</source>
        <translation>Utilisez « DefaultAndLocalhost » (ou « Strict ») et donnez aux backends des certificats qui les nomment.</translation>
    </message>
    <message>
        <source>%1 still holds the placeholder %2: API-M takes it literally.</source>
        <translation>%1 contient encore le paramètre fictif %2 : API-M le prend littéralement.</translation>
    </message>
    <message>
        <source>Fill in the real value (render the template, or edit the sample), or remove the key.</source>
        <translation>Indiquez la vraie valeur (rendez le modèle ou modifiez l&apos;exemple), ou supprimez la clé.</translation>
    </message>
    <message>
        <source>The gateway environment &quot;%1&quot; shows API consumers %2 = %3: localhost is their own machine, not the gateway.</source>
        <translation>L&apos;environnement de passerelle « %1 » montre aux consommateurs d&apos;API %2 = %3 : localhost est leur propre machine, pas la passerelle.</translation>
    </message>
    <message>
        <source>Use the gateways&apos; public host name (their load balancer&apos;s) in every endpoint of the environment.</source>
        <translation>Utilisez le nom d&apos;hôte public des passerelles (celui de leur équilibreur de charge) dans chaque point de terminaison de l&apos;environnement.</translation>
    </message>
    <message>
        <source>[apim.devportal] url = %1: the links the portals send to consumers name localhost.</source>
        <translation>[apim.devportal] url = %1 : les liens envoyés aux consommateurs par les portails nomment localhost.</translation>
    </message>
    <message>
        <source>Use the developer portal&apos;s public host name.</source>
        <translation>Utilisez le nom d&apos;hôte public du portail développeur.</translation>
    </message>
    <message>
        <source>%1 serves other nodes over AMQP without a [qpid.heartbeat] delay: idle connections time out, and gateways and traffic managers miss API and policy events.</source>
        <translation>%1 sert d&apos;autres nœuds via AMQP sans délai [qpid.heartbeat] : les connexions inactives expirent, et passerelles et gestionnaires de trafic manquent des événements d&apos;API et de politique.</translation>
    </message>
    <message>
        <source>Add [qpid.heartbeat] with delay = 60 and timeout_factor = 2.0.</source>
        <translation>Ajoutez [qpid.heartbeat] avec delay = 60 et timeout_factor = 2.0.</translation>
    </message>
    <message>
        <source>the super admin is admin/admin</source>
        <translation>le super administrateur est admin/admin</translation>
    </message>
    <message>
        <source>[keystore.%1] %2 is the shipped wso2carbon</source>
        <translation>%2 de [keystore.%1] est le wso2carbon livré</translation>
    </message>
    <message>
        <source>the truststore password is the shipped wso2carbon</source>
        <translation>le mot de passe du truststore est le wso2carbon livré</translation>
    </message>
    <message>
        <source>the key-value store has no password</source>
        <translation>le magasin clé-valeur n&apos;a pas de mot de passe</translation>
    </message>
    <message>
        <source>%1 keeps default credentials: %2.</source>
        <translation>%1 garde des identifiants par défaut : %2.</translation>
    </message>
    <message>
        <source>Change the super admin password, use your own keystore and truststore with their own passwords, and give the key-value store a password (requirepass); keep them in [secrets].</source>
        <translation>Changez le mot de passe du super administrateur, utilisez vos propres keystore et truststore avec leurs propres mots de passe, et donnez un mot de passe au magasin clé-valeur (requirepass) ; gardez-les dans [secrets].</translation>
    </message>
    <message>
        <source>%1 uses the primary keystore %2 (alias %3); most API-M nodes use %4 (alias %5). Data one node encrypts, another cannot read.</source>
        <translation>%1 utilise le keystore principal %2 (alias %3) ; la plupart des nœuds API-M utilisent %4 (alias %5). Les données chiffrées par un nœud ne sont pas lisibles par un autre.</translation>
    </message>
    <message>
        <source>Use the same primary keystore file and alias on every API-M node.</source>
        <translation>Utilisez le même fichier de keystore principal et le même alias sur chaque nœud API-M.</translation>
    </message>
    <message>
        <source>[keystore.primary] of %1 is the shipped wso2carbon.jks, whose private key every API-M pack holds: anyone can sign tokens %1 accepts.</source>
        <translation>Le [keystore.primary] de %1 est le wso2carbon.jks livré, dont chaque paquet API-M contient la clé privée : n&apos;importe qui peut signer des jetons que %1 accepte.</translation>
    </message>
    <message>
        <source>%1 has no [keystore.primary], so the TLS keystore signs tokens, and it is the shipped wso2carbon.jks, whose private key every API-M pack holds.</source>
        <translation>%1 n&apos;a pas de [keystore.primary], donc le keystore TLS signe les jetons, et c&apos;est le wso2carbon.jks livré, dont chaque paquet API-M contient la clé privée.</translation>
    </message>
    <message>
        <source>Create your own keystore (keytool -genkeypair), use it on every node, and import its certificate into the truststores.</source>
        <translation>Créez votre propre keystore (keytool -genkeypair), utilisez-le sur chaque nœud et importez son certificat dans les truststores.</translation>
    </message>
    <message>
        <source>[database.%1] of %2 is an embedded H2 database in a design of %3 API-M nodes: each node would keep its own copy of data they must share.</source>
        <translation>[database.%1] de %2 est une base H2 embarquée dans un design de %3 nœuds API-M : chaque nœud garderait sa propre copie de données qu&apos;ils doivent partager.</translation>
    </message>
    <message>
        <source>Point %1 at the shared database server (MySQL, PostgreSQL, MSSQL, Oracle or DB2).</source>
        <translation>Faites pointer %1 vers le serveur de base de données partagé (MySQL, PostgreSQL, MSSQL, Oracle ou DB2).</translation>
    </message>
    <message>
        <source>%1 serves the label &quot;%2&quot;, but no control plane of the design defines a gateway environment of that name: APIs stay in &quot;deployment pending&quot;.</source>
        <translation>%1 sert le libellé « %2 », mais aucun plan de contrôle du design ne définit d&apos;environnement de passerelle de ce nom : les API restent « en attente de déploiement ».</translation>
    </message>
    <message>
        <source>%1 serves the label &quot;%2&quot;, but %3 define no gateway environment of that name: APIs stay in &quot;deployment pending&quot;.</source>
        <translation>%1 sert le libellé « %2 », mais %3 ne définissent aucun environnement de passerelle de ce nom : les API restent « en attente de déploiement ».</translation>
    </message>
    <message>
        <source>Add a [[apim.gateway.environment]] named &quot;%1&quot; on the control planes, or fix the label.</source>
        <translation>Ajoutez un [[apim.gateway.environment]] nommé « %1 » sur les plans de contrôle, ou corrigez le libellé.</translation>
    </message>
    <message>
        <source>%1 defines the gateway environment &quot;%2&quot; twice (first at line %3): API-M keeps one, and APIs deployed to &quot;%2&quot; reach only its gateways.</source>
        <translation>%1 définit deux fois l&apos;environnement de passerelle « %2 » (d&apos;abord à la ligne %3) : API-M n&apos;en garde qu&apos;un, et les API déployées sur « %2 » n&apos;atteignent que ses passerelles.</translation>
    </message>
    <message>
        <source>Rename one of them, or merge the two into one table.</source>
        <translation>Renommez l&apos;une d&apos;elles, ou fusionnez-les en une seule table.</translation>
    </message>
    <message>
        <source>%1 names the host %2, which is no node or load balancer of the design.</source>
        <translation>%1 nomme l&apos;hôte %2, qui n&apos;est ni un nœud ni un équilibreur de charge du design.</translation>
    </message>
    <message>
        <source>Add the node (or import its file), or correct the host. An external service may stay as it is.</source>
        <translation>Ajoutez le nœud (ou importez son fichier), ou corrigez l&apos;hôte. Un service externe peut rester tel quel.</translation>
    </message>
    <message>
        <source>[database.%1] names the host %2, which is no database or node of the design.</source>
        <translation>[database.%1] nomme l&apos;hôte %2, qui n&apos;est ni une base de données ni un nœud du design.</translation>
    </message>
    <message>
        <source>Add a database node with that hostname, or correct the host.</source>
        <translation>Ajoutez un nœud de base de données avec ce nom d&apos;hôte, ou corrigez l&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 names the load balancer %2: throttle decisions and events must come from each node directly, or the subscriptions split between them.</source>
        <translation>%1 nomme l&apos;équilibreur de charge %2 : les décisions de limitation et les événements doivent venir directement de chaque nœud, sinon les abonnements se répartissent entre eux.</translation>
    </message>
    <message>
        <source>List every node of the cluster instead: %1.</source>
        <translation>Listez plutôt chaque nœud du cluster : %1.</translation>
    </message>
    <message>
        <source>%1 of %2 misses %3: that node&apos;s throttle decisions never reach the gateway.</source>
        <translation>Il manque %3 à %1 de %2 : les décisions de limitation de ce nœud n&apos;atteignent jamais la passerelle.</translation>
    </message>
    <message>
        <source>%1 has no %2, but it is linked to %3.</source>
        <translation>%1 n&apos;a pas de %2, mais il est relié à %3.</translation>
    </message>
    <message>
        <source>Add an entry for each of %1.</source>
        <translation>Ajoutez une entrée pour chacun de %1.</translation>
    </message>
    <message>
        <source>%1 is one of %2 control planes behind %3 but has no [apim.event_hub]: token revocations and policy events reach one node only.</source>
        <translation>%1 est l&apos;un des %2 plans de contrôle derrière %3 mais n&apos;a pas d&apos;[apim.event_hub] : les révocations de jetons et les événements de politique n&apos;atteignent qu&apos;un seul nœud.</translation>
    </message>
    <message>
        <source>Add [apim.event_hub] with event_duplicate_url naming %1.</source>
        <translation>Ajoutez [apim.event_hub] avec un event_duplicate_url nommant %1.</translation>
    </message>
    <message>
        <source>it misses %1</source>
        <translation>il manque %1</translation>
    </message>
    <message>
        <source>%1 is no other control plane of the cluster</source>
        <translation>%1 n&apos;est aucun autre plan de contrôle du cluster</translation>
    </message>
    <message>
        <source>event_duplicate_url of %1 must name exactly the other control planes behind %2: %3.</source>
        <translation>event_duplicate_url de %1 doit nommer exactement les autres plans de contrôle derrière %2 : %3.</translation>
    </message>
    <message>
        <source>Set event_duplicate_url to the AMQP endpoints of %1.</source>
        <translation>Définissez event_duplicate_url sur les points de terminaison AMQP de %1.</translation>
    </message>
    <message>
        <source>%1 points at %2 with a port placeholder, which resolves on %3 with its offset %4; %2 has offset %5.</source>
        <translation>%1 pointe vers %2 avec un paramètre fictif de port, qui se résout sur %3 avec son offset %4 ; %2 a l&apos;offset %5.</translation>
    </message>
    <message>
        <source>Write %1&apos;s port literally.</source>
        <translation>Écrivez le port de %1 en toutes lettres.</translation>
    </message>
    <message>
        <source>%1 and %2 are both on %3 and both listen on %4.</source>
        <translation>%1 et %2 sont tous deux sur %3 et écoutent tous deux sur %4.</translation>
    </message>
    <message>
        <source>Give one of them another port offset, or put it on another machine.</source>
        <translation>Donnez à l&apos;un d&apos;eux un autre offset de ports, ou placez-le sur une autre machine.</translation>
    </message>
    <message>
        <source>[server] hostname is %1 in a design of %2 API-M nodes: the URLs this node hands out (and its certificates) name a host the others cannot reach.</source>
        <translation>[server] hostname vaut %1 dans un design de %2 nœuds API-M : les URL que ce nœud distribue (et ses certificats) nomment un hôte que les autres ne peuvent pas atteindre.</translation>
    </message>
    <message>
        <source>Set the hostname other nodes and clients use for %1 (its load balancer&apos;s name when it has one).</source>
        <translation>Indiquez le nom d&apos;hôte que les autres nœuds et les clients utilisent pour %1 (celui de son équilibreur de charge s&apos;il en a un).</translation>
    </message>
    <message>
        <source>%1 is behind the load balancer %2 but has no %3: its portals redirect to its own port.</source>
        <translation>%1 est derrière l&apos;équilibreur de charge %2 mais n&apos;a pas de %3 : ses portails redirigent vers son propre port.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Set proxyPort to the load balancer&apos;s ports (%1 and %2).</source>
        <translation>Réglez proxyPort sur les ports de l&apos;équilibreur de charge (%1 et %2).</translation>
    </message>
    <message>
        <source>%1 is the only %2 of the design: when it stops, its role stops.</source>
        <translation>%1 est le seul %2 du design : quand il s&apos;arrête, son rôle s&apos;arrête.</translation>
    </message>
    <message>
        <source>Add a second %1 behind a load balancer for high availability.</source>
        <translation>Ajoutez un second %1 derrière un équilibreur de charge pour la haute disponibilité.</translation>
    </message>
    <message>
        <source>a key manager</source>
        <translation>un gestionnaire de clés</translation>
    </message>
    <message>
        <source>a traffic manager</source>
        <translation>un gestionnaire de trafic</translation>
    </message>
    <message>
        <source>an event hub (a control plane)</source>
        <translation>un event hub (un plan de contrôle)</translation>
    </message>
    <message>
        <source>a control plane</source>
        <translation>un plan de contrôle</translation>
    </message>
    <message>
        <source>a gateway</source>
        <translation>une passerelle</translation>
    </message>
    <message>
        <source>another node of its own cluster</source>
        <translation>un autre nœud de son propre cluster</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>une base de données</translation>
    </message>
    <message>
        <source>%1 = %2 points at this machine, but no node here listens on %3.</source>
        <translation>%1 = %2 pointe vers cette machine, mais aucun nœud n&apos;y écoute sur %3.</translation>
    </message>
    <message>
        <source>Name the node it must reach (%1) by its host, with its port.</source>
        <translation>Nommez le nœud qu&apos;il doit atteindre (%1) par son hôte, avec son port.</translation>
    </message>
    <message>
        <source>%1 = %2 points at %3 itself, which is not %4.</source>
        <translation>%1 = %2 pointe vers %3 lui-même, qui n&apos;est pas %4.</translation>
    </message>
    <message>
        <source>Point it at %1 of the design.</source>
        <translation>Faites-le pointer vers %1 du design.</translation>
    </message>
    <message>
        <source>%1 names the load balancer %2: each node of the list must be named directly, or events reach one of them only.</source>
        <translation>%1 nomme l&apos;équilibreur de charge %2 : chaque nœud de la liste doit être nommé directement, sinon les événements n&apos;atteignent que l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>List each of its nodes instead.</source>
        <translation>Listez plutôt chacun de ses nœuds.</translation>
    </message>
    <message>
        <source>%1 = %2 reaches %3, which is not %4 in API-M %5.</source>
        <translation>%1 = %2 atteint %3, qui n&apos;est pas %4 dans API-M %5.</translation>
    </message>
    <message>
        <source>%1 listens on %2 (offset %3)</source>
        <translation>%1 écoute sur %2 (offset %3)</translation>
    </message>
    <message>
        <source>%1 = %2: %3; %4 is nobody.</source>
        <translation>%1 = %2 : %3 ; personne n&apos;écoute sur %4.</translation>
    </message>
    <message>
        <source>Use port %1, or correct %2&apos;s offset.</source>
        <translation>Utilisez le port %1, ou corrigez l&apos;offset de %2.</translation>
    </message>
    <message>
        <source>Use the port of the node it must reach.</source>
        <translation>Utilisez le port du nœud qu&apos;il doit atteindre.</translation>
    </message>
    <message>
        <source>%1 has no [apim.key_manager]: it validates tokens against a key manager on localhost, which a gateway does not run.</source>
        <translation>%1 n&apos;a pas d&apos;[apim.key_manager] : il valide les jetons auprès d&apos;un gestionnaire de clés sur localhost, qu&apos;une passerelle n&apos;exécute pas.</translation>
    </message>
    <message>
        <source>Add [apim.key_manager] with the service_url, username and password of the key manager (or the control plane).</source>
        <translation>Ajoutez [apim.key_manager] avec le service_url, le username et le password du gestionnaire de clés (ou du plan de contrôle).</translation>
    </message>
    <message>
        <source>No node&apos;s endpoint reaches %1: it is a %2 nobody uses.</source>
        <translation>Aucun point de terminaison d&apos;un nœud n&apos;atteint %1 : c&apos;est un %2 que personne n&apos;utilise.</translation>
    </message>
    <message>
        <source>Name it in the gateways&apos; throttle_decision_endpoints and url groups, or remove it.</source>
        <translation>Nommez-le dans les throttle_decision_endpoints et les url groups des passerelles, ou supprimez-le.</translation>
    </message>
    <message>
        <source>Name it in the gateways&apos; [apim.key_manager] service_url, or remove it.</source>
        <translation>Nommez-le dans le service_url de l&apos;[apim.key_manager] des passerelles, ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 is a key-value store, but distributed throttling over Redis or Valkey only exists from API-M 4.6; the design targets %2.</source>
        <translation>%1 est un magasin clé-valeur, mais la limitation distribuée via Redis ou Valkey n&apos;existe qu&apos;à partir d&apos;API-M 4.6 ; le design cible %2.</translation>
    </message>
    <message>
        <source>Choose API-M 4.6 or later, or remove the key-value store.</source>
        <translation>Choisissez API-M 4.6 ou ultérieur, ou supprimez le magasin clé-valeur.</translation>
    </message>
    <message>
        <source>%1 is WSO2 Identity Server 7, which API-M supports as key manager only from 4.4; the design targets %2.</source>
        <translation>%1 est WSO2 Identity Server 7, qu&apos;API-M ne prend en charge comme gestionnaire de clés qu&apos;à partir de la 4.4 ; le design cible %2.</translation>
    </message>
    <message>
        <source>Choose API-M 4.4 or later, or use the resident key manager or a key manager node.</source>
        <translation>Choisissez API-M 4.4 ou ultérieur, ou utilisez le gestionnaire de clés résident ou un nœud gestionnaire de clés.</translation>
    </message>
    <message>
        <source>API-M %1 ships no %2, so %3 cannot run.</source>
        <translation>API-M %1 ne livre pas de %2, donc %3 ne peut pas fonctionner.</translation>
    </message>
    <message>
        <source>Choose a version that has this kind (README, Versions), or replace the node.</source>
        <translation>Choisissez une version qui a ce type (README, Versions), ou remplacez le nœud.</translation>
    </message>
    <message>
        <source>%1 keeps server_role &quot;%2&quot;, a profile that a %3 of API-M %4 does not have: its pack says &quot;%5&quot;.</source>
        <translation>%1 garde server_role « %2 », un profil qu&apos;un %3 d&apos;API-M %4 n&apos;a pas : son paquet indique « %5 ».</translation>
    </message>
    <message>
        <source>Remove server_role from the node&apos;s kept TOML, or choose the version the file came from.</source>
        <translation>Supprimez server_role du TOML conservé du nœud, ou choisissez la version d&apos;où vient le fichier.</translation>
    </message>
    <message>
        <source>%1: from API-M 4.5 the control plane holds no traffic manager, and the design (%2) has none.</source>
        <translation>%1 : à partir d&apos;API-M 4.5, le plan de contrôle n&apos;inclut plus de gestionnaire de trafic, et le design (%2) n&apos;en a aucun.</translation>
    </message>
    <message>
        <source>Add a traffic manager node, or use all-in-one nodes with gateways.</source>
        <translation>Ajoutez un nœud gestionnaire de trafic, ou utilisez des nœuds tout-en-un avec des passerelles.</translation>
    </message>
    <message>
        <source>Gateway %1 has no node to throttle through: in API-M %2 none of the nodes it links to holds a traffic manager.</source>
        <translation>La passerelle %1 n&apos;a aucun nœud par lequel limiter : dans API-M %2, aucun des nœuds auxquels elle est reliée ne contient de gestionnaire de trafic.</translation>
    </message>
    <message>
        <source>Link the gateway to a traffic manager, or to all-in-one nodes.</source>
        <translation>Reliez la passerelle à un gestionnaire de trafic, ou à des nœuds tout-en-un.</translation>
    </message>
    <message>
        <source>%1 is a second key-value store: the traffic managers share one Redis or Valkey address, and sharded clusters are not supported.</source>
        <translation>%1 est un second magasin clé-valeur : les gestionnaires de trafic partagent une seule adresse Redis ou Valkey, et les clusters partitionnés ne sont pas pris en charge.</translation>
    </message>
    <message>
        <source>Keep one key-value store node and run its replicas behind its host name.</source>
        <translation>Gardez un seul nœud de magasin clé-valeur et faites tourner ses réplicas derrière son nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>API-M %1 encrypts internal data with one symmetric key that every node must share, and the design has none.</source>
        <translation>API-M %1 chiffre les données internes avec une clé symétrique que chaque nœud doit partager, et le design n&apos;en a aucune.</translation>
    </message>
    <message>
        <source>Save or export the design once to create it, or set APIM_ENCRYPTION_KEY when the project stores no passwords.</source>
        <translation>Enregistrez ou exportez le design une fois pour la créer, ou définissez APIM_ENCRYPTION_KEY quand le projet n&apos;enregistre pas de mots de passe.</translation>
    </message>
    <message>
        <source>The design&apos;s encryption key is not 64 hexadecimal characters.</source>
        <translation>La clé de chiffrement du design ne fait pas 64 caractères hexadécimaux.</translation>
    </message>
    <message>
        <source>Clear it so that the designer creates a new one, or paste the key of the running deployment.</source>
        <translation>Videz-la pour que le designer en crée une nouvelle, ou collez la clé du déploiement en service.</translation>
    </message>
    <message>
        <source>Missing endpoint</source>
        <translation>Point de terminaison manquant</translation>
    </message>
    <message>
        <source>an imported node without the [apim.event_hub] or [apim.key_manager] its role needs in the set</source>
        <translation>un nœud importé sans la table [apim.event_hub] ou [apim.key_manager] dont son rôle a besoin dans l&apos;ensemble</translation>
    </message>
    <message>
        <source>%1 has no %2: it does not reach %3, which the set has for that.</source>
        <translation>%1 n&apos;a pas de %2 : il n&apos;atteint pas %3, que l&apos;ensemble prévoit pour cela.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Add %1 with service_url (and, for the event hub, event_listening_endpoints) naming %2.</source>
        <translation>Ajoutez %1 avec service_url (et, pour l&apos;event hub, event_listening_endpoints) désignant %2.</translation>
    </message>
    <message>
        <source>an event listening, publishing or duplication list naming a load balancer, or missing a node of the cluster it names</source>
        <translation>une liste d&apos;écoute, de publication ou de duplication d&apos;événements qui nomme un équilibreur de charge, ou à laquelle il manque un nœud du cluster qu&apos;elle nomme</translation>
    </message>
    <message>
        <source>a gateway without [apim.key_manager], or without credentials its key manager accepts</source>
        <translation>une passerelle sans [apim.key_manager], ou sans identifiants qu&apos;accepte son gestionnaire de clés</translation>
    </message>
    <message>
        <source>Revoke endpoint</source>
        <translation>Point de terminaison de révocation</translation>
    </message>
    <message>
        <source>[apim.oauth_config] revoke_endpoint not ending in /revoke</source>
        <translation>[apim.oauth_config] revoke_endpoint ne se terminant pas par /revoke</translation>
    </message>
    <message>
        <source>Gateway environment type</source>
        <translation>Type d&apos;environnement de passerelle</translation>
    </message>
    <message>
        <source>a gateway environment whose type is not hybrid, production or sandbox</source>
        <translation>un environnement de passerelle dont le type n&apos;est ni hybrid, ni production, ni sandbox</translation>
    </message>
    <message>
        <source>Whole product as gateway</source>
        <translation>Produit complet comme passerelle</translation>
    </message>
    <message>
        <source>a gateway environment naming an all-in-one, or a 4.0-4.4 gateway left on server_role &quot;default&quot;</source>
        <translation>un environnement de passerelle qui nomme un nœud tout-en-un, ou une passerelle 4.0-4.4 laissée sur server_role &quot;default&quot;</translation>
    </message>
    <message>
        <source>API-M 3.x key</source>
        <translation>Clé d&apos;API-M 3.x</translation>
    </message>
    <message>
        <source>a key only API-M 3.x reads, in a 4.x set</source>
        <translation>une clé que seul API-M 3.x lit, dans un ensemble 4.x</translation>
    </message>
    <message>
        <source>%1: keys of API-M 3.x&apos;s analytics (the Stream Processor), which API-M 4.x ignores, so no analytics are published.</source>
        <translation>%1 : clés de l&apos;analytique d&apos;API-M 3.x (le Stream Processor), qu&apos;API-M 4.x ignore ; aucune donnée analytique n&apos;est donc publiée.</translation>
    </message>
    <message>
        <source>Configure 4.x analytics with [apim.analytics] enable, config_endpoint and auth_token, and remove the 3.x keys.</source>
        <translation>Configurez l&apos;analytique 4.x avec [apim.analytics] enable, config_endpoint et auth_token, et supprimez les clés 3.x.</translation>
    </message>
    <message>
        <source>revoke_endpoint = %1 does not end in /revoke: revoking a token there fails, and the token stays valid.</source>
        <translation>revoke_endpoint = %1 ne se termine pas par /revoke : la révocation d&apos;un jeton y échoue, et le jeton reste valide.</translation>
    </message>
    <message>
        <source>Point it at the key manager&apos;s revoke service, https://&lt;key manager&gt;:&lt;port&gt;/oauth2/revoke.</source>
        <translation>Faites-le pointer vers le service de révocation du gestionnaire de clés, https://&lt;key manager&gt;:&lt;port&gt;/oauth2/revoke.</translation>
    </message>
    <message>
        <source>The gateway environment &quot;%1&quot; has type = &quot;%2&quot;, which API-M does not know: it expects hybrid, production or sandbox.</source>
        <translation>L&apos;environnement de passerelle « %1 » a type = &quot;%2&quot;, qu&apos;API-M ne connaît pas : il attend hybrid, production ou sandbox.</translation>
    </message>
    <message>
        <source>Set type to &quot;hybrid&quot; (production and sandbox traffic), &quot;production&quot; or &quot;sandbox&quot;.</source>
        <translation>Définissez type à &quot;hybrid&quot; (trafic de production et de sandbox), &quot;production&quot; ou &quot;sandbox&quot;.</translation>
    </message>
    <message>
        <source>%1 deploys APIs to %2 as a gateway, but %2 runs the whole product (server_role &quot;default&quot;): its own portals, key manager and traffic manager start beside the gateway.</source>
        <translation>%1 déploie des API sur %2 en tant que passerelle, mais %2 exécute le produit complet (server_role &quot;default&quot;) : ses propres portails, gestionnaire de clés et gestionnaire de trafic démarrent à côté de la passerelle.</translation>
    </message>
    <message>
        <source>Set server_role = &quot;gateway-worker&quot; on %1.</source>
        <translation>Définissez server_role = &quot;gateway-worker&quot; sur %1.</translation>
    </message>
    <message>
        <source>Run the gateway distribution on %1.</source>
        <translation>Exécutez la distribution de la passerelle sur %1.</translation>
    </message>
    <message>
        <source>Serve &quot;%1&quot; instead</source>
        <translation>Servir « %1 » à la place</translation>
    </message>
    <message>
        <source>Drop the label &quot;%1&quot;</source>
        <translation>Retirer le libellé « %1 »</translation>
    </message>
    <message>
        <source>List %1 in throttle_decision_endpoints</source>
        <translation>Lister %1 dans throttle_decision_endpoints</translation>
    </message>
    <message>
        <source>Name %1 in event_duplicate_url</source>
        <translation>Nommer %1 dans event_duplicate_url</translation>
    </message>
    <message>
        <source>Set the hostname to %1, the name of %2</source>
        <translation>Définir le nom d&apos;hôte à %1, le nom de %2</translation>
    </message>
    <message>
        <source>Set the public hostname of %1 to %1</source>
        <translation>Définir le nom d&apos;hôte public de %1 à %1</translation>
    </message>
    <message>
        <source>Set the port to %1</source>
        <translation>Définir le port à %1</translation>
    </message>
    <message>
        <source>[apim.key_manager] of %1 sets no username and password, so %1 calls %2 as its own super admin &quot;%3&quot;, whose credentials %2 does not have: token validation fails.</source>
        <translation>[apim.key_manager] de %1 ne définit ni username ni password, donc %1 appelle %2 en tant que son propre super administrateur « %3 », dont %2 n&apos;a pas les identifiants : la validation des jetons échoue.</translation>
    </message>
    <message>
        <source>Set username and password in [apim.key_manager] to an admin user of %1.</source>
        <translation>Définissez username et password dans [apim.key_manager] sur un utilisateur administrateur de %1.</translation>
    </message>
    <message>
        <source>%1 of %2 misses %3, though it names other nodes of that cluster: %2 exchanges no events with %3, and none at all when the others stop.</source>
        <translation>%1 de %2 omet %3, bien qu&apos;il nomme d&apos;autres nœuds de ce cluster : %2 n&apos;échange aucun événement avec %3, et plus aucun quand les autres s&apos;arrêtent.</translation>
    </message>
    <message>
        <source>Add an entry for %1.</source>
        <translation>Ajoutez une entrée pour %1.</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Ajouter %1 à %2</translation>
    </message>
    <message>
        <source>The design&apos;s gateways log analytics for ELK, which API-M only offers from 4.2; the design targets %1.</source>
        <translation>Les passerelles du design journalisent l&apos;analytique pour ELK, ce qu&apos;API-M n&apos;offre qu&apos;à partir de 4.2 ; le design cible %1.</translation>
    </message>
    <message>
        <source>Choose API-M 4.2 or later, or set Gateway analytics to cloud (Choreo) or off.</source>
        <translation>Choisissez API-M 4.2 ou ultérieur, ou réglez l&apos;analytique des passerelles sur cloud (Choreo) ou désactivée.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unique node name; also its folder in the bundle</source>
        <translation>Nom unique du nœud ; c&apos;est aussi son dossier dans le paquet</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>The machine&apos;s own hostname, as the other nodes reach it</source>
        <translation>Le nom d&apos;hôte propre de la machine, tel que les autres nœuds l&apos;atteignent</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Used for the hosts entries</source>
        <translation>Utilisée pour les entrées hosts</translation>
    </message>
    <message>
        <source>Port offset</source>
        <translation>Offset de ports</translation>
    </message>
    <message>
        <source>Added to every port the node listens on</source>
        <translation>Ajouté à chaque port sur lequel le nœud écoute</translation>
    </message>
    <message>
        <source>Gateway worker</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Serves API traffic; pulls artifacts from the control plane</source>
        <translation>Sert le trafic des API ; récupère les artefacts du plan de contrôle</translation>
    </message>
    <message>
        <source>Gateway labels</source>
        <translation>Libellés de passerelle</translation>
    </message>
    <message>
        <source>The gateway environments this gateway serves</source>
        <translation>Les environnements de passerelle que sert cette passerelle</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Plan de contrôle</translation>
    </message>
    <message>
        <source>Publisher, Developer Portal, key manager and traffic manager</source>
        <translation>Publisher, Developer Portal, gestionnaire de clés et gestionnaire de trafic</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Équilibreur de charge</translation>
    </message>
    <message>
        <source>NGINX in front of one cluster of nodes of the same kind</source>
        <translation>NGINX devant un cluster de nœuds du même type</translation>
    </message>
    <message>
        <source>Public hostname</source>
        <translation>Nom d&apos;hôte public</translation>
    </message>
    <message>
        <source>The name clients and other nodes use for the cluster</source>
        <translation>Le nom que les clients et les autres nœuds utilisent pour le cluster</translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation>Port HTTP</translation>
    </message>
    <message>
        <source>Becomes proxyPort of [transport.http]</source>
        <translation>Devient le proxyPort de [transport.http]</translation>
    </message>
    <message>
        <source>HTTPS port</source>
        <translation>Port HTTPS</translation>
    </message>
    <message>
        <source>Becomes proxyPort of [transport.https]</source>
        <translation>Devient le proxyPort de [transport.https]</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Holds apim_db and shared_db</source>
        <translation>Contient apim_db et shared_db</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The [database.*] type key</source>
        <translation>La clé type de [database.*]</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>apim_db name</source>
        <translation>Nom d&apos;apim_db</translation>
    </message>
    <message>
        <source>apim_db user</source>
        <translation>Utilisateur d&apos;apim_db</translation>
    </message>
    <message>
        <source>apim_db password</source>
        <translation>Mot de passe d&apos;apim_db</translation>
    </message>
    <message>
        <source>shared_db name</source>
        <translation>Nom de shared_db</translation>
    </message>
    <message>
        <source>shared_db user</source>
        <translation>Utilisateur de shared_db</translation>
    </message>
    <message>
        <source>shared_db password</source>
        <translation>Mot de passe de shared_db</translation>
    </message>
    <message>
        <source>Oracle service name</source>
        <translation>Nom de service Oracle</translation>
    </message>
    <message>
        <source>Oracle only: the service (or pluggable database) both schemas live in</source>
        <translation>Oracle uniquement : le service (ou la base enfichable) où se trouvent les deux schémas</translation>
    </message>
    <message>
        <source>Traffic manager</source>
        <translation>Gestionnaire de trafic</translation>
    </message>
    <message>
        <source>Separate throttling node</source>
        <translation>Nœud de limitation séparé</translation>
    </message>
    <message>
        <source>Key manager</source>
        <translation>Gestionnaire de clés</translation>
    </message>
    <message>
        <source>Separate key manager (API-M profile or WSO2 IS)</source>
        <translation>Gestionnaire de clés séparé (profil API-M ou WSO2 IS)</translation>
    </message>
    <message>
        <source>All-in-one</source>
        <translation>Tout-en-un</translation>
    </message>
    <message>
        <source>Every API-M component in one node</source>
        <translation>Tous les composants d&apos;API-M dans un seul nœud</translation>
    </message>
    <message>
        <source>Identity Server</source>
        <translation>Identity Server</translation>
    </message>
    <message>
        <source>WSO2 Identity Server 7 as the key manager</source>
        <translation>WSO2 Identity Server 7 comme gestionnaire de clés</translation>
    </message>
    <message>
        <source>Key-value store</source>
        <translation>Magasin clé-valeur</translation>
    </message>
    <message>
        <source>Redis or Valkey for distributed throttling (4.6+)</source>
        <translation>Redis ou Valkey pour la limitation distribuée (4.6+)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>The Redis or Valkey ACL user</source>
        <translation>L&apos;utilisateur ACL de Redis ou Valkey</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Connect to the store over TLS (ssl = true)</source>
        <translation>Se connecter au magasin via TLS (ssl = true)</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>JMS / binary events</source>
        <translation>JMS / événements binaires</translation>
    </message>
    <message>
        <source>JDBC</source>
        <translation>JDBC</translation>
    </message>
    <message>
        <source>JVM heap (MB)</source>
        <translation>Tas de la JVM (Mo)</translation>
    </message>
    <message>
        <source>-Xms and -Xmx of the node&apos;s JVM, in JVM_MEM_OPTS of its start scripts and systemd unit</source>
        <translation>-Xms et -Xmx de la JVM du nœud, dans JVM_MEM_OPTS de ses scripts de démarrage et de son unité systemd</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Super admin password</source>
        <translation>Mot de passe du super administrateur</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Mot de passe du keystore</translation>
    </message>
    <message>
        <source>Keystore key password</source>
        <translation>Mot de passe de la clé du keystore</translation>
    </message>
    <message>
        <source>Truststore password</source>
        <translation>Mot de passe du truststore</translation>
    </message>
    <message>
        <source>Encryption key (64 hexadecimal characters)</source>
        <translation>Clé de chiffrement (64 caractères hexadécimaux)</translation>
    </message>
    <message>
        <source>apim_db password of %1</source>
        <translation>Mot de passe d&apos;apim_db de %1</translation>
    </message>
    <message>
        <source>shared_db password of %1</source>
        <translation>Mot de passe de shared_db de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>One gateway and one control plane with a MySQL database (the seed&apos;s single-node deployment)</source>
        <translation>Une passerelle et un plan de contrôle avec une base MySQL (le déploiement à un nœud de la page d&apos;origine)</translation>
    </message>
    <message>
        <source>Gateways and control planes, each cluster behind a load balancer, with a MySQL database (the seed&apos;s HA cluster)</source>
        <translation>Passerelles et plans de contrôle, chaque cluster derrière un équilibreur de charge, avec une base MySQL (le cluster HA de la page d&apos;origine)</translation>
    </message>
    <message>
        <source>Control planes, separate traffic managers and gateways with a MySQL database (WSO2&apos;s Pattern 3); two or more of a role stand behind a load balancer</source>
        <translation>Plans de contrôle, gestionnaires de trafic séparés et passerelles avec une base MySQL (le Pattern 3 de WSO2) ; deux nœuds ou plus d&apos;un même rôle se placent derrière un équilibreur de charge</translation>
    </message>
    <message>
        <source>One all-in-one node running every API-M component, with a MySQL database</source>
        <translation>Un nœud tout-en-un exécutant tous les composants d&apos;API-M, avec une base MySQL</translation>
    </message>
    <message>
        <source>All-in-one nodes, active-active behind a load balancer, sharing a MySQL database (WSO2&apos;s Pattern 1)</source>
        <translation>Nœuds tout-en-un, actif-actif derrière un équilibreur de charge, partageant une base MySQL (le Pattern 1 de WSO2)</translation>
    </message>
    <message>
        <source>All-in-one nodes (single or HA) with separate gateways, each cluster behind a load balancer when it has several nodes (WSO2&apos;s Pattern 2)</source>
        <translation>Nœuds tout-en-un (seuls ou en HA) avec des passerelles séparées, chaque cluster derrière un équilibreur de charge quand il a plusieurs nœuds (le Pattern 2 de WSO2)</translation>
    </message>
    <message>
        <source>Gateways, control planes, traffic managers and a separate key manager (or WSO2 Identity Server 7 with --key-manager is7), each role of two or more behind a load balancer, with a MySQL database</source>
        <translation>Passerelles, plans de contrôle, gestionnaires de trafic et un gestionnaire de clés séparé (ou WSO2 Identity Server 7 avec --key-manager is7), chaque rôle de deux nœuds ou plus derrière un équilibreur de charge, avec une base MySQL</translation>
    </message>
    <message>
        <source>%1 keeps its key manager in the control plane</source>
        <translation>%1 garde son gestionnaire de clés dans le plan de contrôle</translation>
    </message>
    <message>
        <source>%1 runs its key manager apart from the control planes: --key-manager takes node or is7 (gw-cp-tm keeps it resident)</source>
        <translation>%1 exécute son gestionnaire de clés à part des plans de contrôle : --key-manager accepte node ou is7 (gw-cp-tm le garde résident)</translation>
    </message>
    <message>
        <source>--key-managers counts key manager nodes, and with --key-manager %1 there are none: leave it out, or use --key-manager node</source>
        <translation>--key-managers compte les nœuds gestionnaires de clés, et avec --key-manager %1 il n&apos;y en a aucun : omettez-le, ou utilisez --key-manager node</translation>
    </message>
    <message>
        <source>%1 has no separate traffic managers to share throttling counters through a key-value store</source>
        <translation>%1 n&apos;a pas de gestionnaires de trafic séparés pour partager des compteurs de limitation via un magasin clé-valeur</translation>
    </message>
    <message>
        <source>a key-value store shares throttling counters from API-M 4.6 on, not in %1: use --version 4.6.0 or later</source>
        <translation>un magasin clé-valeur partage les compteurs de limitation à partir d&apos;API-M 4.6, pas en %1 : utilisez --version 4.6.0 ou ultérieur</translation>
    </message>
    <message>
        <source>a key-value store shares throttling counters between two or more traffic managers: add --traffic-managers 2 or more</source>
        <translation>un magasin clé-valeur partage les compteurs de limitation entre deux gestionnaires de trafic ou plus : ajoutez --traffic-managers 2 ou plus</translation>
    </message>
    <message>
        <source>unknown pattern &apos;%1&apos; (known: %2)</source>
        <translation>motif « %1 » inconnu (connus : %2)</translation>
    </message>
    <message>
        <source>%1 takes no %2 count</source>
        <translation>%1 n&apos;accepte pas de nombre de %2</translation>
    </message>
    <message>
        <source>%1 has one node of each role; its HA form takes counts</source>
        <translation>%1 a un nœud de chaque rôle ; sa forme HA accepte des nombres</translation>
    </message>
    <message>
        <source>node counts must be between 1 and %1</source>
        <translation>le nombre de nœuds doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>unknown API-M version &apos;%1&apos; (known: %2)</source>
        <translation>version d&apos;API-M « %1 » inconnue (connues : %2)</translation>
    </message>
    <message>
        <source>%1 exists in API-M 4.%2 to 4.%3, not in %4</source>
        <translation>%1 existe dans API-M 4.%2 à 4.%3, pas dans %4</translation>
    </message>
    <message>
        <source>certificates must be one of %1, not &apos;%2&apos;</source>
        <translation>certificates doit valoir l&apos;un de %1, pas « %2 »</translation>
    </message>
    <message>
        <source>Identity Server 7 is a key manager from API-M 4.4 on, not in %1: use --version 4.4.0 or later</source>
        <translation>Identity Server 7 n&apos;est un gestionnaire de clés qu&apos;à partir d&apos;API-M 4.4, pas dans %1 : utilisez --version 4.4.0 ou ultérieure</translation>
    </message>
</context>
<context>
    <name>TomlReader</name>
    <message>
        <source>file is %1 bytes, more than the limit of %2</source>
        <translation>le fichier fait %1 octets, plus que la limite de %2</translation>
    </message>
    <message>
        <source>NUL byte in the file</source>
        <translation>octet NUL dans le fichier</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence</source>
        <translation>séquence UTF-8 non valide</translation>
    </message>
    <message>
        <source>line is longer than the limit of %1 characters</source>
        <translation>la ligne dépasse la limite de %1 caractères</translation>
    </message>
    <message>
        <source>key has more than %1 dotted parts</source>
        <translation>la clé a plus de %1 parties séparées par des points</translation>
    </message>
    <message>
        <source>more than %1 key/value pairs</source>
        <translation>plus de %1 paires clé/valeur</translation>
    </message>
    <message>
        <source>values nested deeper than %1 levels</source>
        <translation>valeurs imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>array longer than %1 items</source>
        <translation>tableau de plus de %1 éléments</translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>The node no longer exists.</source>
        <translation>Le nœud n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A node cannot link to itself.</source>
        <translation>Un nœud ne peut pas être relié à lui-même.</translation>
    </message>
    <message>
        <source>These nodes are already linked.</source>
        <translation>Ces nœuds sont déjà reliés.</translation>
    </message>
    <message>
        <source>These nodes are already linked the other way.</source>
        <translation>Ces nœuds sont déjà reliés dans l&apos;autre sens.</translation>
    </message>
    <message>
        <source>A load balancer fronts API-M nodes; a database is reached directly over JDBC.</source>
        <translation>Un équilibreur de charge est placé devant des nœuds API-M ; une base de données est atteinte directement via JDBC.</translation>
    </message>
    <message>
        <source>A load balancer cannot front another load balancer.</source>
        <translation>Un équilibreur de charge ne peut pas être placé devant un autre équilibreur de charge.</translation>
    </message>
    <message>
        <source>Link the other way: from the %1 to the %2.</source>
        <translation>Reliez dans l&apos;autre sens : du %1 vers le %2.</translation>
    </message>
    <message>
        <source>A %1 does not link to a %2.</source>
        <translation>Un %1 ne se relie pas à un %2.</translation>
    </message>
    <message>
        <source>%1 is already behind the load balancer %2.</source>
        <translation>%1 est déjà derrière l&apos;équilibreur de charge %2.</translation>
    </message>
    <message>
        <source>%1 fronts %2 nodes; a cluster holds nodes of one kind.</source>
        <translation>%1 est devant des nœuds %2 ; un cluster ne contient que des nœuds d&apos;un même type.</translation>
    </message>
    <message>
        <source>%1 already uses the database %2.</source>
        <translation>%1 utilise déjà la base de données %2.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Relier %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n link(s)</source>
        <translation>
            <numerusform>Supprimer %n lien</numerusform>
            <numerusform>Supprimer %n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n node(s)</source>
        <translation>
            <numerusform>Ajouter %n nœud</numerusform>
            <numerusform>Ajouter %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Supprimer %n nœud</numerusform>
            <numerusform>Supprimer %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Déplacer %n nœud</numerusform>
            <numerusform>Déplacer %n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Edit raw TOML</source>
        <translation>Modifier le TOML brut</translation>
    </message>
    <message>
        <source>Change design settings</source>
        <translation>Modifier les paramètres du design</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>API-M version &apos;%1&apos; is not one the designer knows (4.0 to 4.7).</source>
        <translation>La version d&apos;API-M « %1 » n&apos;est pas connue du designer (4.0 à 4.7).</translation>
    </message>
    <message>
        <source>The super admin user name is empty.</source>
        <translation>Le nom du super administrateur est vide.</translation>
    </message>
    <message>
        <source>The design has no gateway environment.</source>
        <translation>Le design n&apos;a aucun environnement de passerelle.</translation>
    </message>
    <message>
        <source>Add one under the design settings.</source>
        <translation>Ajoutez-en un dans les paramètres du design.</translation>
    </message>
    <message>
        <source>Invalid node name &apos;%1&apos;: %2</source>
        <translation>Nom de nœud « %1 » non valide : %2</translation>
    </message>
    <message>
        <source>Node name &apos;%1&apos; is used twice.</source>
        <translation>Le nom de nœud « %1 » est utilisé deux fois.</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>Renommez l&apos;un d&apos;eux.</translation>
    </message>
    <message>
        <source>%1 has no hostname.</source>
        <translation>%1 n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>%1 is linked to no database.</source>
        <translation>%1 n&apos;est relié à aucune base de données.</translation>
    </message>
    <message>
        <source>Draw a link from the node to a database.</source>
        <translation>Tracez un lien du nœud vers une base de données.</translation>
    </message>
    <message>
        <source>Gateway %1 is linked to no control plane.</source>
        <translation>La passerelle %1 n&apos;est reliée à aucun plan de contrôle.</translation>
    </message>
    <message>
        <source>Draw a link from the gateway to a control plane.</source>
        <translation>Tracez un lien de la passerelle vers un plan de contrôle.</translation>
    </message>
    <message>
        <source>Gateway %1 serves the label &apos;%2&apos;, but no gateway environment has that name.</source>
        <translation>La passerelle %1 sert le libellé « %2 », mais aucun environnement de passerelle ne porte ce nom.</translation>
    </message>
    <message>
        <source>Add the environment in the design settings or fix the label.</source>
        <translation>Ajoutez l&apos;environnement dans les paramètres du design ou corrigez le libellé.</translation>
    </message>
    <message>
        <source>Gateway %1 serves no environment label.</source>
        <translation>La passerelle %1 ne sert aucun libellé d&apos;environnement.</translation>
    </message>
    <message>
        <source>Load balancer %1 has no public hostname.</source>
        <translation>L&apos;équilibreur de charge %1 n&apos;a pas de nom d&apos;hôte public.</translation>
    </message>
    <message>
        <source>Load balancer %1 fronts no node.</source>
        <translation>L&apos;équilibreur de charge %1 n&apos;est devant aucun nœud.</translation>
    </message>
    <message>
        <source>Draw links from the load balancer to the nodes of its cluster.</source>
        <translation>Tracez des liens de l&apos;équilibreur de charge vers les nœuds de son cluster.</translation>
    </message>
    <message>
        <source>Database %1 has an empty password.</source>
        <translation>La base de données %1 a un mot de passe vide.</translation>
    </message>
    <message>
        <source>No API-M node uses database %1.</source>
        <translation>Aucun nœud API-M n&apos;utilise la base de données %1.</translation>
    </message>
    <message>
        <source>The kept TOML of %1 does not parse: %2</source>
        <translation>Le TOML conservé de %1 ne s&apos;analyse pas : %2</translation>
    </message>
    <message>
        <source>No gateway serves the environment &apos;%1&apos;.</source>
        <translation>Aucune passerelle ne sert l&apos;environnement « %1 ».</translation>
    </message>
    <message>
        <source>Add the label to a gateway, or remove the environment.</source>
        <translation>Ajoutez le libellé à une passerelle, ou supprimez l&apos;environnement.</translation>
    </message>
    <message>
        <source>public hostname</source>
        <translation>nom d&apos;hôte public</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>adresse IP</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>nom d&apos;hôte</translation>
    </message>
    <message>
        <source>The %1 of %2 is not valid: %3</source>
        <translation>Le %1 de %2 n&apos;est pas valide : %3</translation>
    </message>
    <message>
        <source>Use a host name (letters, digits, &apos;-&apos;, &apos;.&apos;), an IPv4 or an IPv6 address.</source>
        <translation>Utilisez un nom d&apos;hôte (lettres, chiffres, « - », « . »), une adresse IPv4 ou IPv6.</translation>
    </message>
    <message>
        <source>Databases %1 and %2 would both read their passwords from %3; %2 uses %4 instead.</source>
        <translation>Les bases de données %1 et %2 liraient toutes deux leurs mots de passe dans %3 ; %2 utilise %4 à la place.</translation>
    </message>
    <message>
        <source>Rename one of them so that the names differ in more than punctuation.</source>
        <translation>Renommez l&apos;une d&apos;elles pour que les noms diffèrent par plus que la ponctuation.</translation>
    </message>
    <message>
        <source>Load balancer %1 has no hostname other than its public one, so it does not route the members&apos; admin services (/services/); the control planes call a member directly.</source>
        <translation>Le répartiteur de charge %1 n&apos;a pas d&apos;autre nom d&apos;hôte que son nom public ; il ne route donc pas les services d&apos;administration des membres (/services/) ; les control planes appellent directement un membre.</translation>
    </message>
    <message>
        <source>Give the load balancer a hostname of its own, kept off the public DNS.</source>
        <translation>Donnez au répartiteur de charge un nom d&apos;hôte à lui, absent du DNS public.</translation>
    </message>
    <message>
        <source>%1 has no IP address: the hosts files leave out %2, and database accounts for it name only that host name.</source>
        <translation>%1 n&apos;a pas d&apos;adresse IP : les fichiers hosts omettent %2, et les comptes de base de données pour lui ne nomment que ce nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s IP address, or make sure DNS resolves %1 on every machine, the database server&apos;s included.</source>
        <translation>Saisissez l&apos;adresse IP du nœud, ou assurez-vous que le DNS résout %1 sur chaque machine, serveur de base de données compris.</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>Relier %1 à %2</translation>
    </message>
    <message>
        <source>Add the gateway environment &quot;%1&quot;</source>
        <translation>Ajouter l&apos;environnement de passerelle « %1 »</translation>
    </message>
    <message>
        <source>Serve &quot;%1&quot; instead</source>
        <translation>Servir « %1 » à la place</translation>
    </message>
    <message>
        <source>Drop the label &quot;%1&quot;</source>
        <translation>Retirer le libellé « %1 »</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>entry &quot;%1&quot; refused: %2</source>
        <translation>entrée « %1 » refusée : %2</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>elle n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>its name contains a backslash</source>
        <translation>son nom contient une barre oblique inverse</translation>
    </message>
    <message>
        <source>its path is absolute</source>
        <translation>son chemin est absolu</translation>
    </message>
    <message>
        <source>its path contains &quot;..&quot;</source>
        <translation>son chemin contient « .. »</translation>
    </message>
    <message>
        <source>its path is not in clean form</source>
        <translation>son chemin n&apos;est pas sous forme normalisée</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>c&apos;est un lien symbolique</translation>
    </message>
    <message>
        <source>it is a device, fifo or socket</source>
        <translation>c&apos;est un périphérique, une FIFO ou un socket</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>elle est chiffrée</translation>
    </message>
    <message>
        <source>compression method %1 is not supported</source>
        <translation>la méthode de compression %1 n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <source>it declares %1 bytes, more than the %2 allowed</source>
        <translation>elle déclare %1 octets, plus que les %2 autorisés</translation>
    </message>
    <message>
        <source>the archive holds more than the %1 bytes allowed in total</source>
        <translation>l&apos;archive contient plus que les %1 octets autorisés au total</translation>
    </message>
    <message>
        <source>it expands more than %1 times (%2 bytes from %3)</source>
        <translation>elle se décompresse plus de %1 fois (%2 octets à partir de %3)</translation>
    </message>
    <message>
        <source>it cannot be opened (error %1)</source>
        <translation>elle ne peut pas être ouverte (erreur %1)</translation>
    </message>
    <message>
        <source>it holds more than the %1 bytes allowed</source>
        <translation>elle contient plus que les %1 octets autorisés</translation>
    </message>
    <message>
        <source>it expands more than %1 times</source>
        <translation>elle se décompresse plus de %1 fois</translation>
    </message>
    <message>
        <source>its data is damaged (CRC mismatch)</source>
        <translation>ses données sont endommagées (CRC incorrect)</translation>
    </message>
    <message>
        <source>its data is damaged (error %1)</source>
        <translation>ses données sont endommagées (erreur %1)</translation>
    </message>
    <message>
        <source>it holds %1 bytes but declares %2</source>
        <translation>elle contient %1 octets mais en déclare %2</translation>
    </message>
    <message>
        <source>not a readable zip archive (error %1)</source>
        <translation>pas une archive zip lisible (erreur %1)</translation>
    </message>
    <message>
        <source>the zip directory is damaged (error %1)</source>
        <translation>le répertoire du zip est endommagé (erreur %1)</translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the %2 allowed</source>
        <translation>l&apos;archive a %1 entrées, plus que les %2 autorisées</translation>
    </message>
    <message>
        <source>the archive has more than the %1 entries allowed</source>
        <translation>l&apos;archive a plus que les %1 entrées autorisées</translation>
    </message>
    <message>
        <source>entry %1 has a damaged header (error %2)</source>
        <translation>l&apos;entrée %1 a un en-tête endommagé (erreur %2)</translation>
    </message>
    <message>
        <source>it occurs twice</source>
        <translation>elle apparaît deux fois</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1 : pas un fichier</translation>
    </message>
</context>
<context>
    <name>apim</name>
    <message>
        <source>Refusing to replace %1: %2. Nothing was written; give a new folder name.</source>
        <translation>Remplacement de %1 refusé : %2. Rien n&apos;a été écrit ; indiquez un nouveau nom de dossier.</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; name folders that hold other work</source>
        <translation>« . » et « .. » désignent des dossiers qui contiennent d&apos;autres travaux</translation>
    </message>
    <message>
        <source>it is the root folder</source>
        <translation>c&apos;est le dossier racine</translation>
    </message>
    <message>
        <source>it is your home folder</source>
        <translation>c&apos;est votre dossier personnel</translation>
    </message>
    <message>
        <source>it is the current folder or one of its parents</source>
        <translation>c&apos;est le dossier courant ou l&apos;un de ses parents</translation>
    </message>
    <message>
        <source>it holds %1, which the export reads</source>
        <translation>il contient %1, que l&apos;export lit</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 de plus</translation>
    </message>
    <message>
        <source>Refusing to replace %1: it is or holds a mount point; its files belong to another file system. Nothing was written.</source>
        <translation>Remplacement de %1 refusé : c&apos;est ou il contient un point de montage ; ses fichiers appartiennent à un autre système de fichiers. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Refusing to replace %1 even with --force: the tool did not write it (it has no %2 file). Replacing it would delete %3. Choose an empty or new folder.</source>
        <translation>Remplacement de %1 refusé même avec --force : l&apos;outil ne l&apos;a pas écrit (il n&apos;a pas de fichier %2). Le remplacer supprimerait %3. Choisissez un dossier vide ou nouveau.</translation>
    </message>
    <message>
        <source>nothing, but it is not ours</source>
        <translation>rien, mais il n&apos;est pas à nous</translation>
    </message>
    <message>
        <source>Refusing to replace %1 even with --force: it holds files the tool did not write, which would be lost: %2. Move them away first.</source>
        <translation>Remplacement de %1 refusé même avec --force : il contient des fichiers que l&apos;outil n&apos;a pas écrits, qui seraient perdus : %2. Déplacez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1.</source>
        <translation>Impossible de définir les permissions de %1.</translation>
    </message>
    <message>
        <source>it leaves the folder</source>
        <translation>il sort du dossier</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot move the new bundle to %1: %2</source>
        <translation>Impossible de déplacer le nouveau paquet vers %1 : %2</translation>
    </message>
    <message>
        <source>Cannot move the existing %1 aside: %2</source>
        <translation>Impossible de mettre de côté le %1 existant : %2</translation>
    </message>
    <message>
        <source>choose overwrite to replace it</source>
        <translation>choisissez le remplacement pour l&apos;écraser</translation>
    </message>
    <message>
        <source>No folder name given.</source>
        <translation>Aucun nom de dossier indiqué.</translation>
    </message>
    <message>
        <source>Cannot write the bundle into %1.</source>
        <translation>Impossible d&apos;écrire le paquet dans %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to write through it.</source>
        <translation>%1 est un lien symbolique ; écriture à travers lui refusée.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe et n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>Impossible de créer un dossier temporaire dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a symbolic link; refusing to write through it. Give the real path instead.</source>
        <translation>Impossible d&apos;écrire %1 : c&apos;est un lien symbolique ; écriture à travers lui refusée. Indiquez plutôt le chemin réel.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Impossible d&apos;écrire %1 : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file (a device, pipe or socket).</source>
        <translation>Impossible d&apos;écrire %1 : ce n&apos;est pas un fichier ordinaire (un périphérique, un tube ou un socket).</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>plus d&apos;espace disponible sur le périphérique</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>quota de disque dépassé</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>le système de fichiers est en lecture seule</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>il existe déjà</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>c&apos;est un lien symbolique</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>input/output error (the disk may be failing)</source>
        <translation>erreur d&apos;entrée/sortie (le disque est peut-être défaillant)</translation>
    </message>
    <message>
        <source>the file is too large for this file system</source>
        <translation>le fichier est trop volumineux pour ce système de fichiers</translation>
    </message>
    <message>
        <source>it is on another file system</source>
        <translation>il est sur un autre système de fichiers</translation>
    </message>
    <message>
        <source>it is in use (a mount point?)</source>
        <translation>il est utilisé (un point de montage ?)</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>le dossier n&apos;est pas vide</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>erreur système %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 needed, %2 free</source>
        <translation>%1 nécessaires, %2 libres</translation>
    </message>
    <message>
        <source>Cannot sync the folder %1: %2</source>
        <translation>Impossible de synchroniser le dossier %1 : %2</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>Aucun nom de fichier indiqué.</translation>
    </message>
    <message>
        <source>Cannot write %1: cannot create a file in %2: %3</source>
        <translation>Impossible d&apos;écrire %1 : impossible de créer un fichier dans %2 : %3</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): %3</source>
        <translation>Impossible d&apos;écrire %1 (%2) : %3</translation>
    </message>
    <message>
        <source>setting permissions</source>
        <translation>définition des permissions</translation>
    </message>
    <message>
        <source>writing, %1 of %2 written</source>
        <translation>écriture, %1 sur %2 écrits</translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation>vidage sur le disque</translation>
    </message>
    <message>
        <source>linking into place</source>
        <translation>mise en place par lien</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>fermeture</translation>
    </message>
    <message>
        <source>renaming into place</source>
        <translation>mise en place par renommage</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder.</source>
        <translation>Impossible de lire %1 : c&apos;est un dossier.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a named pipe, not a regular file.</source>
        <translation>Impossible de lire %1 : c&apos;est un tube nommé, pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a device, not a regular file.</source>
        <translation>Impossible de lire %1 : c&apos;est un périphérique, pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file.</source>
        <translation>Impossible de lire %1 : ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is %2, more than the limit of %3.</source>
        <translation>Impossible de lire %1 : il fait %2, plus que la limite de %3.</translation>
    </message>
</context>
<context>
    <name>apim::Autosaver</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>apim::CanvasFindBar</name>
    <message>
        <source>Find a node by name, host, IP or kind</source>
        <translation>Rechercher un nœud par nom, hôte, IP ou type</translation>
    </message>
    <message>
        <source>Find node</source>
        <translation>Rechercher un nœud</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>apim::CanvasHint</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This design is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;To add a node, drag a kind from the Palette onto the canvas, or double-click it in the Palette.&lt;/p&gt;&lt;p&gt;To link two nodes, drag from the small circle on the right of one node onto the other.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce design est vide.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pour ajouter un nœud, faites glisser un type depuis la palette sur le canevas, ou double-cliquez dessus dans la palette.&lt;/p&gt;&lt;p&gt;Pour relier deux nœuds, faites glisser le petit cercle à droite d&apos;un nœud sur l&apos;autre.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>apim::CanvasLegend</name>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>HA cluster behind a load balancer</source>
        <translation>Cluster HA derrière un équilibreur de charge</translation>
    </message>
    <message>
        <source>Errors / warnings on a node</source>
        <translation>Erreurs / avertissements sur un nœud</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>Masquer la légende</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>Afficher la légende</translation>
    </message>
</context>
<context>
    <name>apim::CanvasMinimap</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Vue d&apos;ensemble : cliquez ou faites glisser pour déplacer la vue</translation>
    </message>
</context>
<context>
    <name>apim::CanvasRename</name>
    <message>
        <source>Node name</source>
        <translation>Nom du nœud</translation>
    </message>
</context>
<context>
    <name>apim::CanvasScene</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br/&gt;%3&lt;br/&gt;&lt;i&gt;Click to select it; the Inspector shows what it writes.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br/&gt;%3&lt;br/&gt;&lt;i&gt;Cliquez pour le sélectionner ; l&apos;inspecteur montre ce qu&apos;il écrit.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>apim::CanvasView</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The diagram is empty.</source>
        <translation>Le diagramme est vide.</translation>
    </message>
    <message>
        <source>The scale must be greater than zero.</source>
        <translation>L&apos;échelle doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels; choose a smaller scale or export SVG.</source>
        <translation>L&apos;image ferait %1 × %2 pixels ; choisissez une échelle plus petite ou exportez en SVG.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 pixel image.</source>
        <translation>Pas assez de mémoire pour une image de %1 × %2 pixels.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Topology diagram exported by APIM Topology Designer</source>
        <translation>Diagramme de topologie exporté par APIM Topology Designer</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Topology canvas</source>
        <translation>Canevas de topologie</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Aligner à gauche</translation>
    </message>
    <message>
        <source>Align centres</source>
        <translation>Aligner les centres</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Aligner à droite</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Aligner en haut</translation>
    </message>
    <message>
        <source>Align middles</source>
        <translation>Aligner les milieux</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Aligner en bas</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Répartir horizontalement</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Répartir verticalement</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposition automatique</translation>
    </message>
    <message>
        <source>Show &amp;Files</source>
        <translation>Afficher les &amp;fichiers</translation>
    </message>
    <message>
        <source>&amp;Link To</source>
        <translation>&amp;Relier à</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Supprimer le lien</translation>
    </message>
    <message>
        <source>Select &amp;Ends</source>
        <translation>Sélectionner les &amp;extrémités</translation>
    </message>
    <message>
        <source>&amp;What It Writes</source>
        <translation>&amp;Ce qu&apos;il écrit</translation>
    </message>
    <message>
        <source>&amp;Add Node Here</source>
        <translation>&amp;Ajouter un nœud ici</translation>
    </message>
    <message>
        <source>A&amp;uto-Layout</source>
        <translation>Disposition a&amp;utomatique</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Show &amp;Problems (%1)</source>
        <translation>Afficher les &amp;problèmes (%1)</translation>
    </message>
    <message>
        <source>Fi&amp;x Problems</source>
        <translation>Co&amp;rriger les problèmes</translation>
    </message>
</context>
<context>
    <name>apim::DocumentWatcher</name>
    <message>
        <source>File Deleted</source>
        <translation>Fichier supprimé</translation>
    </message>
    <message>
        <source>The file %1 was deleted or moved by another program.

The design is still open; save it to keep it.</source>
        <translation>Le fichier %1 a été supprimé ou déplacé par un autre programme.

Le design reste ouvert ; enregistrez-le pour le conserver.</translation>
    </message>
    <message>
        <source>The file %1 was changed by another program.

Reload it? Your unsaved changes in the designer will be lost.</source>
        <translation>Le fichier %1 a été modifié par un autre programme.

Le recharger ? Vos modifications non enregistrées dans le designer seront perdues.</translation>
    </message>
    <message>
        <source>The file %1 was changed by another program.

Reload it?</source>
        <translation>Le fichier %1 a été modifié par un autre programme.

Le recharger ?</translation>
    </message>
    <message>
        <source>File Changed</source>
        <translation>Fichier modifié</translation>
    </message>
</context>
<context>
    <name>apim::ExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <translation>Erreurs : %1 · Avertissements : %2 · Notes : %3</translation>
    </message>
    <message>
        <source>The bundle is generated from a design with errors; the nodes may not start. Export anyway?</source>
        <translation>Le paquet est généré à partir d&apos;un design comportant des erreurs ; les nœuds risquent de ne pas démarrer. Exporter quand même ?</translation>
    </message>
    <message>
        <source>Next, choose where to write the zip file.</source>
        <translation>Ensuite, choisissez où écrire le fichier zip.</translation>
    </message>
    <message>
        <source>Passwords the project file leaves out</source>
        <translation>Mots de passe absents du fichier projet</translation>
    </message>
    <message>
        <source>They go into this export only. The command-line tool reads them from the environment variables shown in the tooltips.</source>
        <translation>Ils ne servent qu&apos;à cet export. L&apos;outil en ligne de commande les lit dans les variables d&apos;environnement indiquées dans les infobulles.</translation>
    </message>
    <message>
        <source>&amp;Write:</source>
        <translation>&amp;Écrire :</translation>
    </message>
    <message>
        <source>Export &amp;Anyway…</source>
        <translation>Exporter &amp;quand même…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>The project stores no passwords. Enter these to export: %1.</source>
        <translation>Le projet n&apos;enregistre pas de mots de passe. Saisissez-les pour exporter : %1.</translation>
    </message>
</context>
<context>
    <name>apim::ImportAction</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import deployment.toml files or a zip of them as a new design</source>
        <translation>Importer des fichiers deployment.toml ou un zip de ceux-ci comme nouveau design</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import every *.toml under a folder as a new design</source>
        <translation>Importer tous les *.toml d&apos;un dossier comme nouveau design</translation>
    </message>
    <message>
        <source>Import Configuration</source>
        <translation>Importer une configuration</translation>
    </message>
    <message>
        <source>Configuration files (*.toml *.zip);;TOML files (*.toml);;Zip archives (*.zip);;All files (*)</source>
        <translation>Fichiers de configuration (*.toml *.zip);;Fichiers TOML (*.toml);;Archives zip (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>No *.toml files found in %1.</source>
        <translation>Aucun fichier *.toml trouvé dans %1.</translation>
    </message>
    <message>
        <source>None of the %1 files could be read as TOML:
%2</source>
        <translation>Aucun des %1 fichiers n&apos;a pu être lu comme TOML :
%2</translation>
    </message>
    <message>
        <source>Imported %1 files as %2 nodes.
Errors: %3 · Warnings: %4 · Notes: %5</source>
        <translation>%1 fichiers importés comme %2 nœuds.
Erreurs : %3 · Avertissements : %4 · Notes : %5</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>apim::InspectorDelegate</name>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>apim::InspectorLinkPage</name>
    <message>
        <source>Select Ends</source>
        <translation>Sélectionner les extrémités</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>File and key</source>
        <translation>Fichier et clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>What the link writes</source>
        <translation>Ce que le lien écrit</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n links selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n lien sélectionné&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n liens sélectionnés&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Written only without this link</source>
        <translation>Écrit uniquement sans ce lien</translation>
    </message>
    <message>
        <source>%1. The generated files do not change with this link.</source>
        <translation>%1. Les fichiers générés ne changent pas avec ce lien.</translation>
    </message>
    <message numerus="yes">
        <source>%1. It sets %n key(s) in the generated files of its two ends:</source>
        <translation>
            <numerusform>%1. Il définit %n clé dans les fichiers générés de ses deux extrémités :</numerusform>
            <numerusform>%1. Il définit %n clés dans les fichiers générés de ses deux extrémités :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. With the %2 other links between the two clusters, the generated files do not change.</source>
        <translation>%1. Avec les %2 autres liens entre les deux clusters, les fichiers générés ne changent pas.</translation>
    </message>
    <message numerus="yes">
        <source>%1. With the %2 other links between the two clusters, it sets %n key(s) in the generated files of its two ends:</source>
        <translation>
            <numerusform>%1. Avec les %2 autres liens entre les deux clusters, il définit %n clé dans les fichiers générés de ses deux extrémités :</numerusform>
            <numerusform>%1. Avec les %2 autres liens entre les deux clusters, il définit %n clés dans les fichiers générés de ses deux extrémités :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apim::InspectorModel</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(mixte)</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Several nodes cannot share one name.</source>
        <translation>Plusieurs nœuds ne peuvent pas partager un nom.</translation>
    </message>
    <message>
        <source>Another node is already called “%1”.</source>
        <translation>Un autre nœud s&apos;appelle déjà « %1 ».</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
</context>
<context>
    <name>apim::InspectorWidget</name>
    <message>
        <source>Unmanaged TOML (kept from the import)</source>
        <translation>TOML non géré (conservé de l&apos;importation)</translation>
    </message>
    <message>
        <source>Keys the designer does not manage, or that the imported file sets otherwise; they are merged into the node&apos;s deployment.toml.
#!omit KEY: the file leaves KEY out.
#!base KEY = VALUE: what the design implied at import; once it implies something else there, the design&apos;s value is written.</source>
        <translation>Clés que le designer ne gère pas, ou que le fichier importé définit autrement ; elles sont fusionnées dans le deployment.toml du nœud.
#!omit CLÉ : le fichier omet CLÉ.
#!base CLÉ = VALEUR : ce que le design impliquait à l&apos;importation ; dès qu&apos;il implique autre chose ici, la valeur du design est écrite.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n nodes selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n nœud sélectionné&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n nœuds sélectionnés&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields shared by: %1</source>
        <translation>Champs partagés par : %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
</context>
<context>
    <name>apim::MainWindow</name>
    <message>
        <source>&lt;start&gt;</source>
        <translation>&lt;début&gt;</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique d&apos;annulation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About APIM Topology Designer</source>
        <translation>À &amp;propos d&apos;APIM Topology Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Exporter le paquet…</translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation>Exporter le diagramme en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation>Exporter le diagramme en S&amp;VG…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Taille &amp;réelle</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>&amp;Aligner sur la grille</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Afficher la &amp;légende</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Disposition</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>Aligner au &amp;centre</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>Aligner au &amp;milieu</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Répartir &amp;horizontalement</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Répartir &amp;verticalement</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>Disposition &amp;automatique</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Réinitialiser la disposition</translation>
    </message>
    <message>
        <source>%1[*] — APIM Topology Designer</source>
        <translation>%1[*] — APIM Topology Designer</translation>
    </message>
    <message>
        <source>Nodes: %1 · Links: %2</source>
        <translation>Nœuds : %1 · Liens : %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 a des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>The clipboard does not hold nodes this designer can read:
%1</source>
        <translation>Le presse-papiers ne contient pas de nœuds lisibles par ce designer :
%1</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Ouvrir un design</translation>
    </message>
    <message>
        <source>The design could not be opened.

%1</source>
        <translation>Le design n&apos;a pas pu être ouvert.

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Save Design</source>
        <translation>Enregistrer le design</translation>
    </message>
    <message>
        <source>The design could not be saved to %1.

%2</source>
        <translation>Le design n&apos;a pas pu être enregistré dans %1.

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Autosave failed; the previous recovery copy is kept. %1</source>
        <translation>Échec de l&apos;enregistrement automatique ; la copie de récupération précédente est conservée. %1</translation>
    </message>
    <message>
        <source>New Design</source>
        <translation>Nouveau design</translation>
    </message>
    <message>
        <source>APIM topology designs (*.apimtopo);;All files (*)</source>
        <translation>Designs de topologie APIM (*.apimtopo);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Enregistrer le design sous</translation>
    </message>
    <message>
        <source>APIM topology designs (*.apimtopo)</source>
        <translation>Designs de topologie APIM (*.apimtopo)</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>The project stores no passwords, and these are empty:
%1

Nothing was exported.</source>
        <translation>Le projet n&apos;enregistre pas de mots de passe, et ceux-ci sont vides :
%1

Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>The bundle was not written.

%1</source>
        <translation>Le paquet n&apos;a pas été écrit.

%1</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>Paquet écrit dans %1</translation>
    </message>
    <message>
        <source>The bundle was written to:
%1</source>
        <translation>Le paquet a été écrit dans :
%1</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <source>4×</source>
        <translation>4×</translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation>Exporter le diagramme en PNG</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Diagram written to %1</source>
        <translation>Diagramme écrit dans %1</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Exporter le diagramme en SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>About APIM Topology Designer</source>
        <translation>À propos d&apos;APIM Topology Designer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;APIM Topology Designer %1&lt;/h3&gt;&lt;p&gt;Design distributed WSO2 API Manager deployments and export a configuration bundle for every node.&lt;/p&gt;&lt;p&gt;The same bundle comes from &lt;code&gt;apim-designer-cli export&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;APIM Topology Designer %1&lt;/h3&gt;&lt;p&gt;Concevez des déploiements distribués de WSO2 API Manager et exportez un paquet de configuration pour chaque nœud.&lt;/p&gt;&lt;p&gt;Le même paquet s&apos;obtient avec &lt;code&gt;apim-designer-cli export&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manuel</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Close Design</source>
        <translation>&amp;Fermer le design</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Design Settings</source>
        <translation>Paramètres du design</translation>
    </message>
    <message>
        <source>Not fixed: %1</source>
        <translation>Non corrigé : %1</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Corrigé : %1</translation>
    </message>
    <message>
        <source>&amp;Find Node…</source>
        <translation>&amp;Rechercher un nœud…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
</context>
<context>
    <name>apim::ManualDialog</name>
    <message>
        <source>APIM Topology Designer Manual</source>
        <translation>Manuel d&apos;APIM Topology Designer</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Canevas</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <source>Rename on the card</source>
        <translation>Renommer sur la carte</translation>
    </message>
    <message>
        <source>Nudge the selection</source>
        <translation>Décaler la sélection</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Touches fléchées</translation>
    </message>
    <message>
        <source>Nudge the selection by a grid step</source>
        <translation>Décaler la sélection d’un pas de grille</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Maj+touches fléchées</translation>
    </message>
    <message>
        <source>Next node, previous node</source>
        <translation>Nœud suivant, nœud précédent</translation>
    </message>
    <message>
        <source>Cancel a drag or link, or clear the selection</source>
        <translation>Annuler un glisser ou un lien, ou vider la sélection</translation>
    </message>
    <message>
        <source>Context menu of the selection</source>
        <translation>Menu contextuel de la sélection</translation>
    </message>
    <message>
        <source>Pan (or drag with the middle button)</source>
        <translation>Faire défiler (ou glisser avec le bouton du milieu)</translation>
    </message>
    <message>
        <source>Space+drag</source>
        <translation>Espace+glisser</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Zoomer sous le curseur</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+molette</translation>
    </message>
    <message>
        <source>Keep the name, drop it</source>
        <translation>Garder le nom, l’abandonner</translation>
    </message>
    <message>
        <source>Next match, previous match</source>
        <translation>Résultat suivant, résultat précédent</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>apim::NewDesignDialog</name>
    <message>
        <source>&amp;Empty design</source>
        <translation>Design &amp;vide</translation>
    </message>
    <message>
        <source>From a &amp;pattern:</source>
        <translation>À partir d&apos;un &amp;motif :</translation>
    </message>
    <message>
        <source>&amp;Key manager:</source>
        <translation>Gestionnaire de &amp;clés :</translation>
    </message>
    <message>
        <source>Key-&amp;value store (Redis or Valkey)</source>
        <translation>Magasin clé-&amp;valeur (Redis ou Valkey)</translation>
    </message>
    <message>
        <source>New Design</source>
        <translation>Nouveau design</translation>
    </message>
    <message>
        <source>API-M &amp;version:</source>
        <translation>&amp;Version d&apos;API-M :</translation>
    </message>
    <message>
        <source>&amp;Gateways:</source>
        <translation>&amp;Passerelles :</translation>
    </message>
    <message>
        <source>&amp;Control planes:</source>
        <translation>Plans de &amp;contrôle :</translation>
    </message>
    <message>
        <source>&amp;Traffic managers:</source>
        <translation>Gestionnaires de &amp;trafic :</translation>
    </message>
    <message>
        <source>Key &amp;managers:</source>
        <translation>Gestionnaires de c&amp;lés :</translation>
    </message>
    <message>
        <source>&amp;All-in-one nodes:</source>
        <translation>Nœuds &amp;tout-en-un :</translation>
    </message>
    <message>
        <source>The traffic managers share their throttling counters through it (API-M 4.6 and later, two or more traffic managers).</source>
        <translation>Les gestionnaires de trafic y partagent leurs compteurs de limitation (API-M 4.6 et ultérieur, deux gestionnaires de trafic ou plus).</translation>
    </message>
    <message>
        <source>Separate key manager nodes</source>
        <translation>Nœuds gestionnaires de clés séparés</translation>
    </message>
    <message>
        <source>WSO2 Identity Server 7</source>
        <translation>WSO2 Identity Server 7</translation>
    </message>
    <message>
        <source>Resident (inside the control plane)</source>
        <translation>Résident (dans le plan de contrôle)</translation>
    </message>
</context>
<context>
    <name>apim::PaletteWidget</name>
    <message>
        <source>Node palette</source>
        <translation>Palette de nœuds</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add</source>
        <translation>Faites glisser sur le canevas, ou double-cliquez pour ajouter</translation>
    </message>
</context>
<context>
    <name>apim::PasswordEdit</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Afficher ou masquer le mot de passe</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>apim::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Valeur par défaut du système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language takes effect when the designer is started again.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage du designer.</translation>
    </message>
    <message>
        <source>Write files &amp;safely (through a temporary file)</source>
        <translation>Écrire les fichiers de façon &amp;sûre (via un fichier temporaire)</translation>
    </message>
    <message>
        <source>Turn this off for folders where renaming fails, such as some network or synchronised drives.</source>
        <translation>Désactivez ceci pour les dossiers où le renommage échoue, comme certains lecteurs réseau ou synchronisés.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>How often unsaved changes are copied to a recovery file. 0 turns autosave off.</source>
        <translation>Fréquence à laquelle les modifications non enregistrées sont copiées dans un fichier de récupération. 0 désactive l&apos;enregistrement automatique.</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Enregistrement &amp;automatique toutes les :</translation>
    </message>
</context>
<context>
    <name>apim::PreviewWidget</name>
    <message>
        <source>Files of %1 in %2</source>
        <translation>Fichiers de %1 dans %2</translation>
    </message>
    <message>
        <source>Bundle top level %1 (select a node for its files)</source>
        <translation>Niveau supérieur du paquet %1 (sélectionnez un nœud pour voir ses fichiers)</translation>
    </message>
</context>
<context>
    <name>apim::ProblemsModel</name>
    <message>
        <source>(design)</source>
        <translation>(design)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 findings: %2</source>
        <translation>%1 constats : %2</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 nœuds</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>apim::ProblemsWidget</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Selects the node, or opens the file line or the design settings the finding is about.</source>
        <translation>Sélectionne le nœud, ou ouvre la ligne du fichier ou les paramètres du design que concerne le constat.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Revue de l&apos;importation</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Erreurs : %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Avertissements : %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>Shown; click to hide them</source>
        <translation>Affichés ; cliquez pour les masquer</translation>
    </message>
    <message>
        <source>Hidden; click to show them</source>
        <translation>Masqués ; cliquez pour les afficher</translation>
    </message>
    <message>
        <source>Select a finding to read all of it.</source>
        <translation>Sélectionnez un constat pour le lire en entier.</translation>
    </message>
    <message>
        <source>This finding has no automatic fix.</source>
        <translation>Ce constat n&apos;a pas de correctif automatique.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correctif : %1</translation>
    </message>
    <message>
        <source>Shows the findings whose message, hint, node, rule or file contains this text; node:NAME shows one node&apos;s findings.</source>
        <translation>Affiche les constats dont le message, le conseil, le nœud, la règle ou le fichier contient ce texte ; node:NOM affiche les constats d&apos;un seul nœud.</translation>
    </message>
</context>
<context>
    <name>apim::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Effacer les fichiers récents</translation>
    </message>
</context>
<context>
    <name>apim::RecoveryDialog</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Recover Unsaved Design</source>
        <translation>Récupérer le design non enregistré</translation>
    </message>
    <message>
        <source>The designer did not close properly. Unsaved changes to &lt;b&gt;%1&lt;/b&gt; were saved at %2.</source>
        <translation>Le designer ne s&apos;est pas fermé correctement. Les modifications non enregistrées de &lt;b&gt;%1&lt;/b&gt; ont été sauvegardées à %2.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>apim::ReviewWidget</name>
    <message>
        <source>Imported file</source>
        <translation>Fichier importé</translation>
    </message>
    <message>
        <source>Designer writes now</source>
        <translation>Ce que le designer écrit maintenant</translation>
    </message>
    <message>
        <source>Select a node to compare its imported file with what the designer writes.</source>
        <translation>Sélectionnez un nœud pour comparer son fichier importé avec ce que le designer écrit.</translation>
    </message>
    <message>
        <source>%1: the designer writes no deployment.toml for this node.</source>
        <translation>%1 : le designer n&apos;écrit pas de deployment.toml pour ce nœud.</translation>
    </message>
    <message>
        <source>%1: not imported; designed in the designer.</source>
        <translation>%1 : non importé ; conçu dans le designer.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Imported file: %1</source>
        <translation>Fichier importé : %1</translation>
    </message>
    <message>
        <source>changed  %1: %2 → %3</source>
        <translation>modifié  %1 : %2 → %3</translation>
    </message>
    <message>
        <source>removed  %1 (only in the imported file)</source>
        <translation>supprimé %1 (seulement dans le fichier importé)</translation>
    </message>
    <message>
        <source>added    %1 (only in what the designer writes)</source>
        <translation>ajouté   %1 (seulement dans ce que le designer écrit)</translation>
    </message>
    <message>
        <source>%1: the designer writes the same tables, keys and values.</source>
        <translation>%1 : le designer écrit les mêmes tables, clés et valeurs.</translation>
    </message>
    <message>
        <source>%1: differences: %2</source>
        <translation>%1 : différences : %2</translation>
    </message>
    <message>
        <source>Click a difference to show its lines.</source>
        <translation>Cliquez sur une différence pour afficher ses lignes.</translation>
    </message>
    <message>
        <source>Findings on this file</source>
        <translation>Constats sur ce fichier</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>The review found nothing in this file.</source>
        <translation>La revue n&apos;a rien trouvé dans ce fichier.</translation>
    </message>
</context>
<context>
    <name>apim::SettingsEditor</name>
    <message>
        <source>&lt;b&gt;Design settings&lt;/b&gt;&lt;br&gt;Shared by every node. Select a node on the canvas to edit its own fields.</source>
        <translation>&lt;b&gt;Paramètres du design&lt;/b&gt;&lt;br&gt;Partagés par tous les nœuds. Sélectionnez un nœud sur le canevas pour modifier ses propres champs.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>séparés par des virgules</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>In console</source>
        <translation>Dans la console</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL du jeton</translation>
    </message>
    <message>
        <source>Display in the API console</source>
        <translation>Afficher dans la console d&apos;API</translation>
    </message>
    <message>
        <source>Show as the token endpoint URL</source>
        <translation>Afficher comme URL du point de terminaison des jetons</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Change gateway environment</source>
        <translation>Modifier l&apos;environnement de passerelle</translation>
    </message>
    <message>
        <source>Add gateway environment</source>
        <translation>Ajouter un environnement de passerelle</translation>
    </message>
    <message>
        <source>Remove gateway environment</source>
        <translation>Supprimer l&apos;environnement de passerelle</translation>
    </message>
</context>
<context>
    <name>apim::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>apim::StartPage</name>
    <message>
        <source>Gateway and control plane</source>
        <translation>Gateway et control plane</translation>
    </message>
    <message>
        <source>The smallest distributed setup: one gateway, one control plane and their database.</source>
        <translation>Le plus petit déploiement distribué : une gateway, un control plane et leur base de données.</translation>
    </message>
    <message>
        <source>Gateway and control plane in HA</source>
        <translation>Gateway et control plane en HA</translation>
    </message>
    <message>
        <source>Two gateways and two control planes, each pair behind a load balancer.</source>
        <translation>Deux gateways et deux control planes, chaque paire derrière un répartiteur de charge.</translation>
    </message>
    <message>
        <source>Separate traffic managers</source>
        <translation>Traffic managers séparés</translation>
    </message>
    <message>
        <source>Gateways, control planes and traffic managers each on machines of their own.</source>
        <translation>Gateways, control planes et traffic managers, chacun sur ses propres machines.</translation>
    </message>
    <message>
        <source>Separate key managers</source>
        <translation>Key managers séparés</translation>
    </message>
    <message>
        <source>Gateways, control planes and traffic managers, with key manager nodes or WSO2 Identity Server 7 issuing the tokens.</source>
        <translation>Gateways, control planes et traffic managers, avec des nœuds key manager ou WSO2 Identity Server 7 pour émettre les jetons.</translation>
    </message>
    <message>
        <source>All-in-one</source>
        <translation>Tout-en-un</translation>
    </message>
    <message>
        <source>One API Manager that does everything: for trying things out.</source>
        <translation>Un seul API Manager qui fait tout : pour essayer.</translation>
    </message>
    <message>
        <source>All-in-one in HA</source>
        <translation>Tout-en-un en HA</translation>
    </message>
    <message>
        <source>Two all-in-one API Managers side by side behind a load balancer.</source>
        <translation>Deux API Managers tout-en-un côte à côte derrière un répartiteur de charge.</translation>
    </message>
    <message>
        <source>All-in-one plus gateways</source>
        <translation>Tout-en-un avec gateways</translation>
    </message>
    <message>
        <source>All-in-one API Managers that publish APIs to gateways of their own.</source>
        <translation>Des API Managers tout-en-un qui publient les API sur leurs propres gateways.</translation>
    </message>
    <message>
        <source>APIM Topology Designer</source>
        <translation>APIM Topology Designer</translation>
    </message>
    <message>
        <source>Draw a distributed WSO2 API Manager deployment and export the files every machine needs, or import the files you run and see what they describe.</source>
        <translation>Dessinez un déploiement distribué de WSO2 API Manager et exportez les fichiers dont chaque machine a besoin, ou importez les fichiers que vous exploitez et voyez ce qu&apos;ils décrivent.</translation>
    </message>
    <message>
        <source>Start a new design</source>
        <translation>Commencer un nouveau design</translation>
    </message>
    <message>
        <source>Empty canvas</source>
        <translation>Canevas vide</translation>
    </message>
    <message>
        <source>Start from nothing and place the nodes yourself.</source>
        <translation>Partir de rien et placer les nœuds vous-même.</translation>
    </message>
    <message>
        <source>Choose version and node counts…</source>
        <translation>Choisir la version et le nombre de nœuds…</translation>
    </message>
    <message>
        <source>Any of these patterns, at another API-M version or with more nodes.</source>
        <translation>L&apos;un de ces modèles, avec une autre version d&apos;API-M ou plus de nœuds.</translation>
    </message>
    <message>
        <source>Review what you run</source>
        <translation>Vérifier ce que vous exploitez</translation>
    </message>
    <message>
        <source>Import deployment.toml files…</source>
        <translation>Importer des fichiers deployment.toml…</translation>
    </message>
    <message>
        <source>Pick the files (or a zip of them): each becomes a node, their URLs become links, and the review lists what is wrong.</source>
        <translation>Choisissez les fichiers (ou une archive zip) : chacun devient un nœud, leurs URL deviennent des liens, et la revue liste ce qui ne va pas.</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>Every deployment.toml below a folder, such as a checkout of your configuration.</source>
        <translation>Tous les deployment.toml sous un dossier, par exemple une copie de votre configuration.</translation>
    </message>
    <message>
        <source>Open a design</source>
        <translation>Ouvrir un design</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>A design saved as .apimtopo.</source>
        <translation>Un design enregistré en .apimtopo.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <source>Read the manual</source>
        <translation>Lire le manuel</translation>
    </message>
    <message>
        <source>Designing, importing, reviewing, exporting and the shortcuts (F1 at any time).</source>
        <translation>Concevoir, importer, vérifier, exporter et les raccourcis (F1 à tout moment).</translation>
    </message>
</context>
<context>
    <name>apim::TopologyDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>apim::compose</name>
    <message>
        <source>the design has no nodes</source>
        <translation>le design n&apos;a aucun nœud</translation>
    </message>
    <message>
        <source>it has more than %1 nodes, more than one compose network of the target holds</source>
        <translation>il a plus de %1 nœuds, plus que n&apos;en contient un réseau compose de la cible</translation>
    </message>
    <message>
        <source>database %1 is %2; the compose target runs the MySQL and PostgreSQL images only</source>
        <translation>la base de données %1 est %2 ; la cible compose n&apos;exécute que les images MySQL et PostgreSQL</translation>
    </message>
    <message>
        <source>%1 is a %2 node, for which the compose target has no image (WSO2 publishes images for the API-M components only)</source>
        <translation>%1 est un nœud %2, pour lequel la cible compose n&apos;a pas d&apos;image (WSO2 ne publie des images que pour les composants d&apos;API-M)</translation>
    </message>
</context>
<context>
    <name>apim::helm</name>
    <message>
        <source>the charts write the keystore names and aliases unquoted, and %1 holds a quote, backslash or control character</source>
        <translation>les charts écrivent les noms et alias des keystores sans guillemets, et %1 contient un guillemet, une barre oblique inverse ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>the charts write database URLs and users unquoted, and the %1 of %2 holds a quote, backslash or control character</source>
        <translation>les charts écrivent les URL et utilisateurs de base de données sans guillemets, et le %1 de %2 contient un guillemet, une barre oblique inverse ou un caractère de contrôle</translation>
    </message>
    <message>
        <source>gateway environment %1 holds a control character, which the charts cannot write</source>
        <translation>l&apos;environnement de gateway %1 contient un caractère de contrôle que les charts ne peuvent pas écrire</translation>
    </message>
    <message>
        <source>a gateway label of %1 holds a control character, which the charts cannot write</source>
        <translation>un label de gateway de %1 contient un caractère de contrôle que les charts ne peuvent pas écrire</translation>
    </message>
    <message>
        <source>the design has no nodes</source>
        <translation>le design n&apos;a aucun nœud</translation>
    </message>
    <message>
        <source>helm-apim has charts of the 4.5, 4.6 and 4.7 component distributions only; this design is API-M %1</source>
        <translation>helm-apim n&apos;a de charts que pour les distributions par composants 4.5, 4.6 et 4.7 ; ce design est en API-M %1</translation>
    </message>
    <message>
        <source>%1 is a %2 node, for which helm-apim has no chart</source>
        <translation>%1 est un nœud %2, pour lequel helm-apim n&apos;a pas de chart</translation>
    </message>
    <message>
        <source>it has more than %1 %2 nodes; the %3 chart runs one or two instances</source>
        <translation>il a plus de %1 nœuds %2 ; le chart %3 exécute une ou deux instances</translation>
    </message>
    <message>
        <source>it mixes all-in-one nodes with control plane, traffic manager or key manager nodes, which no helm-apim pattern combines</source>
        <translation>il mélange des nœuds tout-en-un avec des nœuds control plane, traffic manager ou key manager, ce qu&apos;aucun modèle helm-apim ne combine</translation>
    </message>
    <message>
        <source>it has no control plane or all-in-one node, which every helm-apim pattern installs first</source>
        <translation>il n&apos;a ni control plane ni nœud tout-en-un, que chaque modèle helm-apim installe en premier</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>APIM Topology Designer</source>
        <translation>APIM Topology Designer</translation>
    </message>
    <message>
        <source>Design distributed WSO2 API Manager deployments.</source>
        <translation>Concevez des déploiements distribués de WSO2 API Manager.</translation>
    </message>
    <message>
        <source>A .apimtopo design to open.</source>
        <translation>Un design .apimtopo à ouvrir.</translation>
    </message>
    <message>
        <source>Start from a template: %1.</source>
        <translation>Partir d&apos;un modèle : %1.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>Gateways in the template (gw-cp-ha).</source>
        <translation>Passerelles dans le modèle (gw-cp-ha).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Control planes in the template (gw-cp-ha).</source>
        <translation>Plans de contrôle dans le modèle (gw-cp-ha).</translation>
    </message>
</context>
</TS>
