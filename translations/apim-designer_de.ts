<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BundleWriter</name>
    <message>
        <source>Refusing to write the bundle: unsafe path &quot;%1&quot;: %2</source>
        <translation>Das Bundle wird nicht geschrieben: unsicherer Pfad „%1“: %2</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>der Pfad ist leer</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>der Pfad enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation>der Pfad enthält einen Backslash</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>der Pfad ist absolut</translation>
    </message>
    <message>
        <source>the path starts with a drive letter</source>
        <translation>der Pfad beginnt mit einem Laufwerksbuchstaben</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>der Pfad ist zu lang</translation>
    </message>
    <message>
        <source>the path has an empty segment</source>
        <translation>der Pfad enthält ein leeres Segment</translation>
    </message>
    <message>
        <source>the path has a &quot;.&quot; or &quot;..&quot; segment</source>
        <translation>der Pfad enthält ein Segment „.“ oder „..“</translation>
    </message>
    <message>
        <source>it occurs twice</source>
        <translation>er kommt zweimal vor</translation>
    </message>
    <message>
        <source>it is both a file and a folder</source>
        <translation>er ist zugleich Datei und Ordner</translation>
    </message>
    <message>
        <source>No zip file name given.</source>
        <translation>Kein Name für die Zip-Datei angegeben.</translation>
    </message>
    <message>
        <source>choose overwrite to replace it</source>
        <translation>wählen Sie Überschreiben, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>Cannot build the zip file %1: %2</source>
        <translation>Die ZIP-Datei %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>%1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot compress %1</source>
        <translation>%1 kann nicht komprimiert werden</translation>
    </message>
    <message>
        <source>cannot finish the central directory</source>
        <translation>das zentrale Verzeichnis kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Not exported: %1 of node %2: %3</source>
        <translation>Nicht exportiert: %1 von Knoten %2: %3</translation>
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
        <translation>Keine Probleme.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
    <message>
        <source>key manager</source>
        <translation>Key Manager</translation>
    </message>
    <message>
        <source>traffic manager</source>
        <translation>Traffic Manager</translation>
    </message>
    <message>
        <source>event hub</source>
        <translation>Event Hub</translation>
    </message>
    <message>
        <source>portals</source>
        <translation>Portale</translation>
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
        <translation>DB</translation>
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
        <translation>HA-Cluster %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>DesignSettings</name>
    <message>
        <source>Certificates:</source>
        <translation>Zertifikate:</translation>
    </message>
    <message>
        <source>Own CA certificate:</source>
        <translation>Zertifikat der eigenen CA:</translation>
    </message>
    <message>
        <source>Own CA key:</source>
        <translation>Schlüssel der eigenen CA:</translation>
    </message>
    <message>
        <source>private-ca: the bundle&apos;s certs/make-certs.sh makes a CA and a certificate per node; own-ca: it signs them with your CA; wso2-defaults: the nodes keep WSO2&apos;s shipped wso2carbon.jks (CN=localhost), with a warning.</source>
        <translation>private-ca: certs/make-certs.sh im Paket erzeugt eine CA und ein Zertifikat je Knoten; own-ca: es signiert sie mit Ihrer CA; wso2-defaults: die Knoten behalten das mitgelieferte wso2carbon.jks von WSO2 (CN=localhost), mit einer Warnung.</translation>
    </message>
    <message>
        <source>For own-ca: a path on the machine where certs/make-certs.sh runs.</source>
        <translation>Für own-ca: ein Pfad auf dem Rechner, auf dem certs/make-certs.sh läuft.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation>%1 muss eines von %2 sein, nicht &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>Design name:</source>
        <translation>Entwurfsname:</translation>
    </message>
    <message>
        <source>API-M version:</source>
        <translation>API-M-Version:</translation>
    </message>
    <message>
        <source>Admin user name:</source>
        <translation>Admin-Benutzername:</translation>
    </message>
    <message>
        <source>Admin password:</source>
        <translation>Admin-Passwort:</translation>
    </message>
    <message>
        <source>Store passwords in the project file</source>
        <translation>Passwörter in der Projektdatei speichern</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Schlüsselpasswort:</translation>
    </message>
    <message>
        <source>Invalidate gateway caches over JMS</source>
        <translation>Gateway-Caches über JMS invalidieren</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Domäne:</translation>
    </message>
    <message>
        <source>Send [qpid.heartbeat]</source>
        <translation>[qpid.heartbeat] senden</translation>
    </message>
    <message>
        <source>Delay (seconds):</source>
        <translation>Verzögerung (Sekunden):</translation>
    </message>
    <message>
        <source>Timeout factor:</source>
        <translation>Timeout-Faktor:</translation>
    </message>
    <message>
        <source>Export passwords as Secure Vault aliases</source>
        <translation>Passwörter als Secure-Vault-Aliasse exportieren</translation>
    </message>
    <message>
        <source>APIs:</source>
        <translation>APIs:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpunkte:</translation>
    </message>
    <message>
        <source>Sequences:</source>
        <translation>Sequenzen:</translation>
    </message>
    <message>
        <source>Local entries:</source>
        <translation>Lokale Einträge:</translation>
    </message>
    <message>
        <source>Passwords become $secret{alias} references, with a [secrets] table for WSO2&apos;s cipher tool.</source>
        <translation>Passwörter werden zu $secret{alias}-Verweisen, mit einer [secrets]-Tabelle für das Cipher Tool von WSO2.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Primary keystore</source>
        <translation>Primärer Keystore</translation>
    </message>
    <message>
        <source>Truststore</source>
        <translation>Truststore</translation>
    </message>
    <message>
        <source>Gateway environments</source>
        <translation>Gateway-Umgebungen</translation>
    </message>
    <message>
        <source>Cache invalidation</source>
        <translation>Cache-Invalidierung</translation>
    </message>
    <message>
        <source>JMS heartbeat</source>
        <translation>JMS-Heartbeat</translation>
    </message>
    <message>
        <source>Artifacts the gateways skip</source>
        <translation>Von den Gateways übersprungene Artefakte</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>unsupported API-M version &apos;%1&apos; (%2 to %3 are known)</source>
        <translation>nicht unterstützte API-M-Version „%1“ (bekannt sind %2 bis %3)</translation>
    </message>
    <message>
        <source>Encryption key (4.7+):</source>
        <translation>Verschlüsselungsschlüssel (4.7+):</translation>
    </message>
    <message>
        <source>64 hexadecimal characters, the same on every node. The designer creates it once for a 4.7 design; paste the key of a running deployment instead.</source>
        <translation>64 Hexadezimalzeichen, auf jedem Knoten gleich. Der Designer erzeugt ihn einmal für ein 4.7-Design; alternativ den Schlüssel einer laufenden Installation einfügen.</translation>
    </message>
    <message>
        <source>Gateway analytics:</source>
        <translation>Gateway-Analytik:</translation>
    </message>
    <message>
        <source>Choreo configuration endpoint:</source>
        <translation>Choreo-Konfigurationsendpunkt:</translation>
    </message>
    <message>
        <source>On-premises key or Moesif id:</source>
        <translation>On-Premises-Schlüssel oder Moesif-ID:</translation>
    </message>
    <message>
        <source>Service user:</source>
        <translation>Dienstbenutzer:</translation>
    </message>
    <message>
        <source>API-M homes under:</source>
        <translation>API-M-Verzeichnisse unter:</translation>
    </message>
    <message>
        <source>The gateways&apos; [apim.analytics]. cloud: Choreo analytics up to 4.5 (configuration endpoint and on-premises key), Moesif from 4.6 (its application id); elk: the gateways log analytics events for ELK (4.2+).</source>
        <translation>Das [apim.analytics] der Gateways. cloud: Choreo-Analytik bis 4.5 (Konfigurationsendpunkt und On-Premises-Schlüssel), Moesif ab 4.6 (seine Anwendungs-ID); elk: die Gateways protokollieren Analyseereignisse für ELK (ab 4.2).</translation>
    </message>
    <message>
        <source>The account the systemd units run API-M as; it must own the API-M homes and the 0600 files in them.</source>
        <translation>Das Konto, unter dem die systemd-Units API-M ausführen; ihm müssen die API-M-Verzeichnisse und die 0600-Dateien darin gehören.</translation>
    </message>
    <message>
        <source>The service user must be a system account name: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Der Dienstbenutzer muss ein Systemkontoname sein: Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Each node&apos;s API-M home is this folder plus the node&apos;s name, in its systemd unit and the README.</source>
        <translation>Das API-M-Verzeichnis jedes Knotens ist dieser Ordner plus der Name des Knotens, in seiner systemd-Unit und im README.</translation>
    </message>
    <message>
        <source>The folder of the API-M homes must be an absolute path on one line, without $ &quot; &apos; or \.</source>
        <translation>Der Ordner der API-M-Verzeichnisse muss ein absoluter Pfad auf einer Zeile sein, ohne $ &quot; &apos; oder \.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytik</translation>
    </message>
    <message>
        <source>Services (systemd)</source>
        <translation>Dienste (systemd)</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>Deployment bundle (node files, README)</source>
        <translation>Deployment-Bundle (Knotendateien, README)</translation>
    </message>
    <message>
        <source>Ansible playbook</source>
        <translation>Ansible-Playbook</translation>
    </message>
    <message>
        <source>Docker Compose on one machine</source>
        <translation>Docker Compose auf einer Maschine</translation>
    </message>
    <message>
        <source>Helm values for helm-apim</source>
        <translation>Helm-Values für helm-apim</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos;; choose one of: %2</source>
        <translation>unbekanntes Ziel „%1“; wählen Sie eines von: %2</translation>
    </message>
    <message>
        <source>The %1 target cannot express this design: %2</source>
        <translation>Das Ziel %1 kann dieses Design nicht abbilden: %2</translation>
    </message>
    <message>
        <source>The %1 target was skipped: it cannot express this design: %2</source>
        <translation>Das Ziel %1 wurde übersprungen: Es kann dieses Design nicht abbilden: %2</translation>
    </message>
</context>
<context>
    <name>FieldValidation</name>
    <message>
        <source>A host name has at most 253 characters.</source>
        <translation>Ein Hostname hat höchstens 253 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” has an empty part between dots.</source>
        <translation>„%1“ hat einen leeren Teil zwischen zwei Punkten.</translation>
    </message>
    <message>
        <source>Each part of a host name has at most 63 characters.</source>
        <translation>Jeder Teil eines Hostnamens hat höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a host name: “%2” is not allowed (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; are).</source>
        <translation>„%1“ ist kein Hostname: „%2“ ist nicht erlaubt (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; sind es).</translation>
    </message>
    <message>
        <source>A part of a host name cannot start or end with &apos;-&apos;.</source>
        <translation>Ein Teil eines Hostnamens kann nicht mit &apos;-&apos; beginnen oder enden.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie einen der folgenden Werte: %1.</translation>
    </message>
    <message>
        <source>“%1” is neither a host name nor an IPv6 address.</source>
        <translation>„%1“ ist weder ein Hostname noch eine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (four numbers from 0 to 255), and a host name cannot end in a number.</source>
        <translation>„%1“ ist keine IPv4-Adresse (vier Zahlen von 0 bis 255), und ein Hostname kann nicht auf eine Zahl enden.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>the nodes keep WSO2&apos;s default certificate (CN=localhost); choose a private CA or your own under Certificates</source>
        <translation>die Knoten behalten das Standardzertifikat von WSO2 (CN=localhost); wählen Sie unter Zertifikate eine private oder Ihre eigene CA</translation>
    </message>
    <message>
        <source>the super admin is still admin/admin</source>
        <translation>der Super-Admin ist noch admin/admin</translation>
    </message>
    <message>
        <source>the keystore uses the shipped password wso2carbon</source>
        <translation>der Keystore verwendet das mitgelieferte Passwort wso2carbon</translation>
    </message>
    <message>
        <source>the truststore uses the shipped password wso2carbon</source>
        <translation>der Truststore verwendet das mitgelieferte Passwort wso2carbon</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
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
        <translation>%1 von %2 ist kein gültiger Host: %3</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is the [server] hostname of %2: imported as the load balancer %3 in front of them; each node keeps its name as its own hostname.</source>
        <translation>%1 ist der [server]-Hostname von %2: als Load Balancer %3 vor diesen Knoten importiert; jeder Knoten behält seinen Namen als eigenen Hostnamen.</translation>
    </message>
    <message>
        <source>Check the nodes&apos; own hostnames and IPs: the files only name the balancer.</source>
        <translation>Prüfen Sie die eigenen Hostnamen und IP-Adressen der Knoten: Die Dateien nennen nur den Load Balancer.</translation>
    </message>
    <message>
        <source>Imported as %1: %2</source>
        <translation>Importiert als %1: %2</translation>
    </message>
    <message>
        <source>If the role is wrong, set server_role in the file and import it again.</source>
        <translation>Ist die Rolle falsch, setzen Sie server_role in der Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 and %2 are on different database servers; a node links to one database, so the design links it to the %3 server and keeps the other in its extra TOML.</source>
        <translation>%1 und %2 liegen auf verschiedenen Datenbankservern; ein Knoten ist mit genau einer Datenbank verbunden, daher verbindet der Entwurf ihn mit dem Server %3 und behält den anderen in seinem zusätzlichen TOML.</translation>
    </message>
    <message>
        <source>Put apim_db and shared_db on one database server, or keep the second in the extra TOML.</source>
        <translation>Legen Sie apim_db und shared_db auf einen Datenbankserver oder behalten Sie die zweite im zusätzlichen TOML.</translation>
    </message>
    <message>
        <source>Check that %1 really fronts these nodes.</source>
        <translation>Prüfen Sie, ob %1 diesen Knoten tatsächlich vorgeschaltet ist.</translation>
    </message>
    <message>
        <source>%1 names %2, which is no imported node: kept as an external endpoint.</source>
        <translation>%1 nennt %2, das kein importierter Knoten ist: als externer Endpunkt beibehalten.</translation>
    </message>
    <message>
        <source>Import that node&apos;s file too, or correct the host.</source>
        <translation>Importieren Sie auch die Datei dieses Knotens oder korrigieren Sie den Host.</translation>
    </message>
    <message>
        <source>Change the topology or the design settings to match, or edit the value in the node&apos;s extra TOML.</source>
        <translation>Passen Sie die Topologie oder die Entwurfseinstellungen an oder bearbeiten Sie den Wert im zusätzlichen TOML des Knotens.</translation>
    </message>
    <message>
        <source>The file has %1 [[%2]] table(s); the design would write %3. Kept as they are.</source>
        <translation>Die Datei enthält %1 [[%2]]-Tabelle(n); der Entwurf würde %3 schreiben. Unverändert beibehalten.</translation>
    </message>
    <message>
        <source>%1 points at %2; from the topology the designer would point it at %3. Kept as it is.</source>
        <translation>%1 verweist auf %2; gemäß der Topologie würde der Designer auf %3 verweisen. Unverändert beibehalten.</translation>
    </message>
    <message>
        <source>%1 is %2 in the file; the design would write %3. Kept as it is.</source>
        <translation>%1 ist in der Datei %2; der Entwurf würde %3 schreiben. Unverändert beibehalten.</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>%1 kann nicht gelesen werden: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 holds no *.toml file</source>
        <translation>%1 enthält keine *.toml-Datei</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>kein gültiges TOML: %1</translation>
    </message>
    <message>
        <source>the file configures nothing that decides the role; its path names &apos;%1&apos;</source>
        <translation>die Datei konfiguriert nichts, was die Rolle bestimmt; ihr Pfad nennt „%1“</translation>
    </message>
    <message>
        <source>the file configures nothing that decides the role; all-in-one assumed</source>
        <translation>die Datei konfiguriert nichts, was die Rolle bestimmt; All-in-one angenommen</translation>
    </message>
    <message>
        <source>no server_role</source>
        <translation>kein server_role</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot;</source>
        <translation>server_role „%1“</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; is a 3.x profile; its closest 4.x role is the control plane</source>
        <translation>server_role „%1“ ist ein 3.x-Profil; die nächstliegende 4.x-Rolle ist die Control Plane</translation>
    </message>
    <message>
        <source>its keys speak for it: %1</source>
        <translation>seine Schlüssel sprechen dafür: %1</translation>
    </message>
    <message>
        <source>other files name it in %1</source>
        <translation>andere Dateien nennen ihn in %1</translation>
    </message>
    <message>
        <source>[encryption] holds the symmetric key API-M 4.7 introduced</source>
        <translation>[encryption] enthält den symmetrischen Schlüssel, den API-M 4.7 eingeführt hat</translation>
    </message>
    <message>
        <source>[apim] gateway_type lists APIPlatform, as the 4.7 control plane ships it</source>
        <translation>[apim] gateway_type nennt APIPlatform, wie es die Control Plane von 4.7 ausliefert</translation>
    </message>
    <message>
        <source>[[oauth.extensions.token_types]] uses the 4.7 token persistence issuer</source>
        <translation>[[oauth.extensions.token_types]] verwendet den Token-Persistenz-Issuer von 4.7</translation>
    </message>
    <message>
        <source>[apim] gateway_type lists Kong, as the 4.6 and later control planes ship it</source>
        <translation>[apim] gateway_type nennt Kong, wie es die Control Planes ab 4.6 ausliefern</translation>
    </message>
    <message>
        <source>[apim.distributed_throttling] came with 4.6</source>
        <translation>[apim.distributed_throttling] kam mit 4.6</translation>
    </message>
    <message>
        <source>[[apim.tenant_sharing]] came with 4.6</source>
        <translation>[[apim.tenant_sharing]] kam mit 4.6</translation>
    </message>
    <message>
        <source>[apim] gateway_type is what the 4.5 and later packs ship</source>
        <translation>[apim] gateway_type liefern die Pakete ab 4.5 aus</translation>
    </message>
    <message>
        <source>[apim.gateway_notification] came with the 4.5 gateways</source>
        <translation>[apim.gateway_notification] kam mit den Gateways von 4.5</translation>
    </message>
    <message>
        <source>[[apim.analytics.url_group]] is the 3.x analytics configuration</source>
        <translation>[[apim.analytics.url_group]] ist die Analytics-Konfiguration von 3.x</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; is no API-M 4.x role but a 3.x profile</source>
        <translation>server_role &quot;%1&quot; ist keine Rolle von API-M 4.x, sondern ein Profil von 3.x</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; is a profile of the 4.1 to 4.4 single pack</source>
        <translation>server_role &quot;%1&quot; ist ein Profil des Einzelpakets von 4.1 bis 4.4</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; on a %2 is what the separate 4.5+ distributions write</source>
        <translation>server_role &quot;%1&quot; auf einem Knoten vom Typ %2 schreiben die getrennten Distributionen ab 4.5</translation>
    </message>
    <message>
        <source>it defines gateway environments but no gateway labels, as 3.x did</source>
        <translation>sie definiert Gateway-Umgebungen, aber keine Gateway-Labels, wie in 3.x</translation>
    </message>
    <message>
        <source>its active &quot;Default&quot; gateway environment on localhost is what the 4.6+ control plane pack ships</source>
        <translation>ihre aktive Gateway-Umgebung &quot;Default&quot; auf localhost liefert das Control-Plane-Paket ab 4.6 aus</translation>
    </message>
    <message>
        <source>it configures no database, as the 4.7 %1 pack ships</source>
        <translation>sie konfiguriert keine Datenbank, wie das Paket %1 von 4.7 ausgeliefert wird</translation>
    </message>
    <message>
        <source>4.%1 to 4.%2</source>
        <translation>4.%1 bis 4.%2</translation>
    </message>
    <message>
        <source>The files are an API-M 3.x set: %1. The designer generates 4.1 to 4.7 only; the design targets %2 and the review reads the files as they are.</source>
        <translation>Die Dateien sind ein Satz von API-M 3.x: %1. Der Designer erzeugt nur 4.1 bis 4.7; das Design zielt auf %2, und die Prüfung liest die Dateien, wie sie sind.</translation>
    </message>
    <message>
        <source>The files show API-M %1: %2. The design targets %3.</source>
        <translation>Die Dateien zeigen API-M %1: %2. Das Design zielt auf %3.</translation>
    </message>
    <message>
        <source>Move the set to API-M 4.1 or later before generating files from it.</source>
        <translation>Migrieren Sie den Satz auf API-M 4.1 oder neuer, bevor Sie Dateien daraus erzeugen.</translation>
    </message>
    <message>
        <source>Set the exact version in the design settings if the files are for another release.</source>
        <translation>Stellen Sie die genaue Version in den Design-Einstellungen ein, wenn die Dateien für eine andere Version sind.</translation>
    </message>
    <message>
        <source>%1 sets no [server] offset, but %2 of %3 reaches it at %4: imported with offset %5.</source>
        <translation>%1 setzt keinen [server]-Offset, aber %2 von %3 erreicht ihn unter %4: mit Offset %5 importiert.</translation>
    </message>
    <message>
        <source>Set offset = %1 in the [server] table of %2, or correct the port.</source>
        <translation>Setzen Sie offset = %1 in der [server]-Tabelle von %2 oder korrigieren Sie den Port.</translation>
    </message>
    <message>
        <source>This is a template, not a deployment.toml: line %1 holds %2.</source>
        <translation>Dies ist eine Vorlage, keine deployment.toml: Zeile %1 enthält %2.</translation>
    </message>
    <message>
        <source>Render it (helm template, the Ansible or Jinja run), then import the result.</source>
        <translation>Rendern Sie sie (helm template, der Ansible- oder Jinja-Lauf) und importieren Sie dann das Ergebnis.</translation>
    </message>
    <message>
        <source>Fix the file; the node keeps what could be read before the error.</source>
        <translation>Korrigieren Sie die Datei; der Knoten behält, was vor dem Fehler gelesen werden konnte.</translation>
    </message>
    <message>
        <source>%1 is a service name that fits %2 alike: imported as the load balancer %3 in front of them.</source>
        <translation>%1 ist ein Dienstname, der auf %2 gleichermaßen passt: als Load Balancer %3 vor ihnen importiert.</translation>
    </message>
</context>
<context>
    <name>ImporterTr</name>
    <message>
        <source>%1 is no node&apos;s hostname but the service URL next to endpoints of %2 nodes: imported as the load balancer %3 in front of them.</source>
        <translation>%1 ist kein Hostname eines Knotens, sondern die Service-URL neben Endpunkten von %2 Knoten: als Load Balancer %3 vor diesen importiert.</translation>
    </message>
    <message>
        <source>Check that %1 really fronts these nodes.</source>
        <translation>Prüfen Sie, ob %1 diesen Knoten tatsächlich vorgeschaltet ist.</translation>
    </message>
</context>
<context>
    <name>InspectorOrigin</name>
    <message>
        <source>inferred</source>
        <translation>abgeleitet</translation>
    </message>
    <message>
        <source>A deployment.toml does not name its node: the name comes from the file&apos;s path or the name its peers use.</source>
        <translation>Eine deployment.toml nennt ihren Knoten nicht: Der Name stammt aus dem Pfad der Datei oder aus dem Namen, den die anderen Knoten verwenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>From %1 in the node&apos;s file.</source>
        <translation>Aus %1 in der Datei des Knotens.</translation>
    </message>
    <message>
        <source>own host</source>
        <translation>eigener Host</translation>
    </message>
    <message>
        <source>The file&apos;s %1, “%2”, is the load balancer&apos;s, and the designer writes the balancer&apos;s there too. This is the node&apos;s own host (hosts files, links); it is not a key of the node&apos;s file.</source>
        <translation>%1 der Datei, „%2“, gehört zum Load Balancer, und der Designer schreibt dort ebenfalls den des Balancers. Dies ist der eigene Host des Knotens (hosts-Dateien, Verbindungen); er ist kein Schlüssel der Datei des Knotens.</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>The file sets %1 = “%2”; the designer writes this value instead.</source>
        <translation>Die Datei setzt %1 = „%2“; der Designer schreibt stattdessen diesen Wert.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The file does not set %1: the default.</source>
        <translation>Die Datei setzt %1 nicht: der Standardwert.</translation>
    </message>
    <message>
        <source>Not a key of deployment.toml: the default.</source>
        <translation>Kein Schlüssel der deployment.toml: der Standardwert.</translation>
    </message>
    <message>
        <source>The file does not set %1: inferred from the other files of the set, or set in the designer.</source>
        <translation>Die Datei setzt %1 nicht: aus den anderen Dateien des Satzes abgeleitet oder im Designer festgelegt.</translation>
    </message>
    <message>
        <source>Not a key of deployment.toml: set in the designer.</source>
        <translation>Kein Schlüssel der deployment.toml: im Designer festgelegt.</translation>
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
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation>Der Name ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; in a name.</source>
        <translation>Verwenden Sie in einem Namen nur Buchstaben, Ziffern, „-“, „_“ und „.“.</translation>
    </message>
    <message>
        <source>A name cannot start with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Ein Name darf nicht mit „.“ oder „-“ beginnen.</translation>
    </message>
    <message>
        <source>Windows reserves this name for a device.</source>
        <translation>Windows reserviert diesen Namen für ein Gerät.</translation>
    </message>
</context>
<context>
    <name>NodeClipboard</name>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message numerus="yes">
        <source>Cut %n node(s)</source>
        <translation>
            <numerusform>%n Knoten ausschneiden</numerusform>
            <numerusform>%n Knoten ausschneiden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>%n Knoten einfügen</numerusform>
            <numerusform>%n Knoten einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n node(s)</source>
        <translation>
            <numerusform>%n Knoten duplizieren</numerusform>
            <numerusform>%n Knoten duplizieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>no hostname</source>
        <translation>kein Hostname</translation>
    </message>
    <message>
        <source>Drag to another node to link them; the nodes that accept the link light up.</source>
        <translation>Auf einen anderen Knoten ziehen, um beide zu verbinden; Knoten, die die Verbindung annehmen, leuchten auf.</translation>
    </message>
</context>
<context>
    <name>ProblemsDetail</name>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>the design as a whole</source>
        <translation>der Entwurf als Ganzes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>missing key &apos;%1&apos;</source>
        <translation>Schlüssel „%1“ fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>„%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an integer</source>
        <translation>„%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation>„%1“ muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of strings</source>
        <translation>„%1“ muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must hold strings only</source>
        <translation>„%1“ darf nur Zeichenketten enthalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a table</source>
        <translation>„%1“ muss eine Tabelle sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation>unbekannter Schlüssel „%1“ in %2</translation>
    </message>
    <message>
        <source>missing table [design]</source>
        <translation>Tabelle [design] fehlt</translation>
    </message>
    <message>
        <source>&apos;environment&apos; must be an array of tables ([[environment]])</source>
        <translation>„environment“ muss ein Array von Tabellen sein ([[environment]])</translation>
    </message>
    <message>
        <source>environment type must be hybrid, production or sandbox</source>
        <translation>der Umgebungstyp muss hybrid, production oder sandbox sein</translation>
    </message>
    <message>
        <source>duplicate environment &apos;%1&apos;</source>
        <translation>doppelte Umgebung „%1“</translation>
    </message>
    <message>
        <source>unknown node kind &apos;%1&apos;</source>
        <translation>unbekannte Knotenart „%1“</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of: %2</source>
        <translation>„%1“ muss einer der folgenden Werte sein: %2</translation>
    </message>
    <message>
        <source>node name &apos;%1&apos;: %2</source>
        <translation>Knotenname „%1“: %2</translation>
    </message>
    <message>
        <source>duplicate node name &apos;%1&apos;</source>
        <translation>doppelter Knotenname „%1“</translation>
    </message>
    <message>
        <source>link from unknown node &apos;%1&apos;</source>
        <translation>Verbindung von unbekanntem Knoten „%1“</translation>
    </message>
    <message>
        <source>link to unknown node &apos;%1&apos;</source>
        <translation>Verbindung zu unbekanntem Knoten „%1“</translation>
    </message>
    <message>
        <source>invalid link %1 -&gt; %2: %3</source>
        <translation>ungültige Verbindung %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>not a project file: format_version is missing</source>
        <translation>keine Projektdatei: format_version fehlt</translation>
    </message>
    <message>
        <source>format_version must be a positive integer</source>
        <translation>format_version muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>written by a newer version of the designer (format %1; this version reads up to %2). Update the designer to open it.</source>
        <translation>von einer neueren Version des Designers geschrieben (Format %1; diese Version liest bis %2). Aktualisieren Sie den Designer, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>the file&apos;s top level</source>
        <translation>die oberste Ebene der Datei</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of tables ([[%1]])</source>
        <translation>„%1“ muss ein Array von Tabellen sein ([[%1]])</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>die Datei ist größer als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <source>The node this fix changes no longer exists.</source>
        <translation>Der Knoten, den diese Korrektur ändert, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 hat kein Feld %2.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is already what this fix sets.</source>
        <translation>%2 von %1 hat bereits den Wert, den diese Korrektur setzt.</translation>
    </message>
    <message>
        <source>The design already has the gateway environments this fix adds.</source>
        <translation>Der Entwurf hat bereits die Gateway-Umgebungen, die diese Korrektur hinzufügt.</translation>
    </message>
    <message>
        <source>The design has no setting %1.</source>
        <translation>Der Entwurf hat keine Einstellung %1.</translation>
    </message>
    <message>
        <source>%1 is already what this fix sets.</source>
        <translation>%1 hat bereits den Wert, den diese Korrektur setzt.</translation>
    </message>
    <message>
        <source>A node this fix links no longer exists.</source>
        <translation>Ein Knoten, den diese Korrektur verbindet, existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 ist bereits mit %2 verbunden.</translation>
    </message>
    <message>
        <source>%1 is no longer linked to %2.</source>
        <translation>%1 ist nicht mehr mit %2 verbunden.</translation>
    </message>
    <message>
        <source>This fix edits a config file, not the design.</source>
        <translation>Diese Korrektur bearbeitet eine Konfigurationsdatei, nicht den Entwurf.</translation>
    </message>
    <message>
        <source>This fix has nothing to do.</source>
        <translation>Diese Korrektur hat nichts zu tun.</translation>
    </message>
    <message>
        <source>This fix removes a link it adds.</source>
        <translation>Diese Korrektur entfernt eine Verbindung, die sie hinzufügt.</translation>
    </message>
    <message>
        <source>This fix changes the design, not a config file.</source>
        <translation>Diese Korrektur ändert den Entwurf, nicht eine Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>%1 is not one of the files being fixed.</source>
        <translation>%1 gehört nicht zu den Dateien, die korrigiert werden.</translation>
    </message>
    <message>
        <source>%1:%2: the text changed since the fix was made.</source>
        <translation>%1:%2: Der Text hat sich geändert, seit die Korrektur erstellt wurde.</translation>
    </message>
    <message>
        <source>%1:%2: two steps of this fix edit the same text.</source>
        <translation>%1:%2: Zwei Schritte dieser Korrektur bearbeiten denselben Text.</translation>
    </message>
    <message>
        <source>It edits text that an earlier fix changes.</source>
        <translation>Sie bearbeitet Text, den eine frühere Korrektur ändert.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>not valid TOML</source>
        <translation>kein gültiges TOML</translation>
    </message>
    <message>
        <source>a sub-table before its parent table, or [apim] enable_secure_vault after [apim.*]</source>
        <translation>eine Untertabelle vor ihrer übergeordneten Tabelle oder [apim] enable_secure_vault nach [apim.*]</translation>
    </message>
    <message>
        <source>[secrets] is not the last table</source>
        <translation>[secrets] ist nicht die letzte Tabelle</translation>
    </message>
    <message>
        <source>a $secret{x} with no x in [secrets]</source>
        <translation>ein $secret{x} ohne x in [secrets]</translation>
    </message>
    <message>
        <source>a gateway label with no gateway environment of that name</source>
        <translation>ein Gateway-Label ohne gleichnamige Gateway-Umgebung</translation>
    </message>
    <message>
        <source>a URL naming a host that is no node or load balancer of the design</source>
        <translation>eine URL mit einem Host, der weder Knoten noch Load Balancer des Entwurfs ist</translation>
    </message>
    <message>
        <source>throttle endpoints missing a node, naming a load balancer or using a wrong port</source>
        <translation>Throttling-Endpunkte, denen ein Knoten fehlt, die einen Load Balancer nennen oder einen falschen Port verwenden</translation>
    </message>
    <message>
        <source>HA control planes without an event hub, or duplicating events to the wrong nodes</source>
        <translation>HA-Control-Planes ohne Event Hub oder mit Ereignisduplizierung an die falschen Knoten</translation>
    </message>
    <message>
        <source>two nodes on one machine listening on the same port</source>
        <translation>zwei Knoten auf einem Rechner, die auf demselben Port lauschen</translation>
    </message>
    <message>
        <source>a ${...port} placeholder in a URL to a node with another offset</source>
        <translation>ein ${...port}-Platzhalter in einer URL zu einem Knoten mit anderem Offset</translation>
    </message>
    <message>
        <source>admin/admin or the shipped wso2carbon keystore passwords</source>
        <translation>admin/admin oder die mitgelieferten Keystore-Passwörter wso2carbon</translation>
    </message>
    <message>
        <source>the primary keystore differs between API-M nodes</source>
        <translation>der primäre Keystore unterscheidet sich zwischen API-M-Knoten</translation>
    </message>
    <message>
        <source>an H2 apim_db or shared_db in a multi-node design</source>
        <translation>eine H2-apim_db oder -shared_db in einem Entwurf mit mehreren Knoten</translation>
    </message>
    <message>
        <source>a role with one node only, so no high availability</source>
        <translation>eine Rolle mit nur einem Knoten, also keine Hochverfügbarkeit</translation>
    </message>
    <message>
        <source>a node behind a load balancer without proxyPort</source>
        <translation>ein Knoten hinter einem Load Balancer ohne proxyPort</translation>
    </message>
    <message>
        <source>[server] hostname is localhost in a multi-node design</source>
        <translation>[server] hostname ist localhost in einem Entwurf mit mehreren Knoten</translation>
    </message>
    <message>
        <source>a key API-M does not know</source>
        <translation>ein Schlüssel, den API-M nicht kennt</translation>
    </message>
    <message>
        <source>[apim] with enable_secure_vault comes after %1 (line %2): API-M refuses to start.</source>
        <translation>[apim] mit enable_secure_vault steht nach %1 (Zeile %2): API-M verweigert den Start.</translation>
    </message>
    <message>
        <source>%1 comes after its sub-table %2 (line %3): valid TOML, but API-M refuses to start.</source>
        <translation>%1 steht nach seiner Untertabelle %2 (Zeile %3): gültiges TOML, aber API-M verweigert den Start.</translation>
    </message>
    <message>
        <source>Put [apim] enable_secure_vault = true before every other [apim] table.</source>
        <translation>Setzen Sie [apim] enable_secure_vault = true vor jede andere [apim]-Tabelle.</translation>
    </message>
    <message>
        <source>Move %1 and its keys above line %2.</source>
        <translation>Verschieben Sie %1 mit seinen Schlüsseln über Zeile %2.</translation>
    </message>
    <message>
        <source>[secrets] is followed by %1 (line %2); API-M reads secrets only from the end of the file.</source>
        <translation>Auf [secrets] folgt %1 (Zeile %2); API-M liest Secrets nur vom Ende der Datei.</translation>
    </message>
    <message>
        <source>Move [secrets] and its keys to the very end of the file.</source>
        <translation>Verschieben Sie [secrets] mit seinen Schlüsseln ganz ans Ende der Datei.</translation>
    </message>
    <message>
        <source>[secrets] is followed by [%1]; API-M reads secrets only from the end of the file.</source>
        <translation>Auf [secrets] folgt [%1]; API-M liest Secrets nur vom Ende der Datei.</translation>
    </message>
    <message>
        <source>Move [secrets] to the end of the node&apos;s extra TOML.</source>
        <translation>Verschieben Sie [secrets] ans Ende des zusätzlichen TOML des Knotens.</translation>
    </message>
    <message>
        <source>$secret{%1} has no %1 in [secrets]; API-M cannot resolve it.</source>
        <translation>$secret{%1} hat kein %1 in [secrets]; API-M kann es nicht auflösen.</translation>
    </message>
    <message>
        <source>Add %1 = &quot;[plaintext]&quot; under [secrets] at the end of the file, then run ciphertool.</source>
        <translation>Fügen Sie %1 = &quot;[plaintext]&quot; unter [secrets] am Ende der Datei hinzu und führen Sie dann ciphertool aus.</translation>
    </message>
    <message>
        <source>%1 is an array of tables in API-M: write [[%2]].</source>
        <translation>%1 ist in API-M ein Array von Tabellen: Schreiben Sie [[%2]].</translation>
    </message>
    <message>
        <source>API-M 4.x does not know the key %1.</source>
        <translation>API-M 4.x kennt den Schlüssel %1 nicht.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>API-M ignores keys it does not know: check the spelling against the configuration catalogue.</source>
        <translation>API-M ignoriert unbekannte Schlüssel: Prüfen Sie die Schreibweise anhand des Konfigurationskatalogs.</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>kein gültiges TOML: %1</translation>
    </message>
    <message>
        <source>Fix the syntax at this position; API-M will not start with this file.</source>
        <translation>Korrigieren Sie die Syntax an dieser Stelle; mit dieser Datei startet API-M nicht.</translation>
    </message>
    <message>
        <source>The extra TOML of %1 is not valid TOML (line %2): %3</source>
        <translation>Das zusätzliche TOML von %1 ist kein gültiges TOML (Zeile %2): %3</translation>
    </message>
    <message>
        <source>Fix it in the node&apos;s inspector; until then it is left out of the export.</source>
        <translation>Korrigieren Sie es im Inspektor des Knotens; bis dahin wird es beim Export ausgelassen.</translation>
    </message>
    <message>
        <source>the super admin is admin/admin</source>
        <translation>der Super-Admin ist admin/admin</translation>
    </message>
    <message>
        <source>[keystore.%1] %2 is the shipped wso2carbon</source>
        <translation>[keystore.%1] %2 ist das mitgelieferte wso2carbon</translation>
    </message>
    <message>
        <source>the truststore password is the shipped wso2carbon</source>
        <translation>das Truststore-Passwort ist das mitgelieferte wso2carbon</translation>
    </message>
    <message>
        <source>%1 keeps default credentials: %2.</source>
        <translation>%1 verwendet noch Standard-Zugangsdaten: %2.</translation>
    </message>
    <message>
        <source>%1 uses the primary keystore %2 (alias %3); most API-M nodes use %4 (alias %5). Data one node encrypts, another cannot read.</source>
        <translation>%1 verwendet den primären Keystore %2 (Alias %3); die meisten API-M-Knoten verwenden %4 (Alias %5). Was ein Knoten verschlüsselt, kann ein anderer nicht lesen.</translation>
    </message>
    <message>
        <source>Use the same primary keystore file and alias on every API-M node.</source>
        <translation>Verwenden Sie auf jedem API-M-Knoten dieselbe primäre Keystore-Datei und denselben Alias.</translation>
    </message>
    <message>
        <source>[database.%1] of %2 is an embedded H2 database in a design of %3 API-M nodes: each node would keep its own copy of data they must share.</source>
        <translation>[database.%1] von %2 ist eine eingebettete H2-Datenbank in einem Entwurf mit %3 API-M-Knoten: Jeder Knoten hätte eine eigene Kopie von Daten, die sie gemeinsam nutzen müssen.</translation>
    </message>
    <message>
        <source>Point %1 at the shared database server (MySQL, PostgreSQL, MSSQL, Oracle or DB2).</source>
        <translation>Lassen Sie %1 auf den gemeinsamen Datenbankserver verweisen (MySQL, PostgreSQL, MSSQL, Oracle oder DB2).</translation>
    </message>
    <message>
        <source>%1 serves the label &quot;%2&quot;, but no control plane of the design defines a gateway environment of that name: APIs stay in &quot;deployment pending&quot;.</source>
        <translation>%1 bedient das Label „%2“, aber keine Control Plane des Entwurfs definiert eine gleichnamige Gateway-Umgebung: APIs bleiben im Status „deployment pending“.</translation>
    </message>
    <message>
        <source>%1 serves the label &quot;%2&quot;, but %3 define no gateway environment of that name: APIs stay in &quot;deployment pending&quot;.</source>
        <translation>%1 bedient das Label „%2“, aber %3 definieren keine gleichnamige Gateway-Umgebung: APIs bleiben im Status „deployment pending“.</translation>
    </message>
    <message>
        <source>Add a [[apim.gateway.environment]] named &quot;%1&quot; on the control planes, or fix the label.</source>
        <translation>Fügen Sie auf den Control Planes ein [[apim.gateway.environment]] namens „%1“ hinzu oder korrigieren Sie das Label.</translation>
    </message>
    <message>
        <source>%1 names the host %2, which is no node or load balancer of the design.</source>
        <translation>%1 nennt den Host %2, der weder Knoten noch Load Balancer des Entwurfs ist.</translation>
    </message>
    <message>
        <source>Add the node (or import its file), or correct the host. An external service may stay as it is.</source>
        <translation>Fügen Sie den Knoten hinzu (oder importieren Sie seine Datei) oder korrigieren Sie den Host. Ein externer Dienst kann so bleiben.</translation>
    </message>
    <message>
        <source>[database.%1] names the host %2, which is no database or node of the design.</source>
        <translation>[database.%1] nennt den Host %2, der weder Datenbank noch Knoten des Entwurfs ist.</translation>
    </message>
    <message>
        <source>Add a database node with that hostname, or correct the host.</source>
        <translation>Fügen Sie einen Datenbankknoten mit diesem Hostnamen hinzu oder korrigieren Sie den Host.</translation>
    </message>
    <message>
        <source>%1 names the load balancer %2: throttle decisions and events must come from each node directly, or the subscriptions split between them.</source>
        <translation>%1 nennt den Load Balancer %2: Throttling-Entscheidungen und Ereignisse müssen direkt von jedem Knoten kommen, sonst teilen sich die Abonnements auf.</translation>
    </message>
    <message>
        <source>List every node of the cluster instead: %1.</source>
        <translation>Führen Sie stattdessen jeden Knoten des Clusters auf: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 misses %3: that node&apos;s throttle decisions never reach the gateway.</source>
        <translation>%1 von %2 nennt %3 nicht: Die Throttling-Entscheidungen dieses Knotens erreichen das Gateway nie.</translation>
    </message>
    <message>
        <source>%1 has no %2, but it is linked to %3.</source>
        <translation>%1 hat kein %2, ist aber mit %3 verbunden.</translation>
    </message>
    <message>
        <source>Add an entry for each of %1.</source>
        <translation>Fügen Sie einen Eintrag für jeden von %1 hinzu.</translation>
    </message>
    <message>
        <source>%1 is one of %2 control planes behind %3 but has no [apim.event_hub]: token revocations and policy events reach one node only.</source>
        <translation>%1 ist eine von %2 Control Planes hinter %3, hat aber kein [apim.event_hub]: Token-Widerrufe und Richtlinienereignisse erreichen nur einen Knoten.</translation>
    </message>
    <message>
        <source>Add [apim.event_hub] with event_duplicate_url naming %1.</source>
        <translation>Fügen Sie [apim.event_hub] mit einer event_duplicate_url hinzu, die %1 nennt.</translation>
    </message>
    <message>
        <source>it misses %1</source>
        <translation>es fehlt: %1</translation>
    </message>
    <message>
        <source>%1 is no other control plane of the cluster</source>
        <translation>%1 ist keine andere Control Plane des Clusters</translation>
    </message>
    <message>
        <source>event_duplicate_url of %1 must name exactly the other control planes behind %2: %3.</source>
        <translation>event_duplicate_url von %1 muss genau die anderen Control Planes hinter %2 nennen: %3.</translation>
    </message>
    <message>
        <source>Set event_duplicate_url to the AMQP endpoints of %1.</source>
        <translation>Setzen Sie event_duplicate_url auf die AMQP-Endpunkte von %1.</translation>
    </message>
    <message>
        <source>%1 points at %2 with a port placeholder, which resolves on %3 with its offset %4; %2 has offset %5.</source>
        <translation>%1 verweist mit einem Port-Platzhalter auf %2, der auf %3 mit dessen Offset %4 aufgelöst wird; %2 hat Offset %5.</translation>
    </message>
    <message>
        <source>Write %1&apos;s port literally.</source>
        <translation>Schreiben Sie den Port von %1 als festen Wert.</translation>
    </message>
    <message>
        <source>%1 and %2 are both on %3 and both listen on %4.</source>
        <translation>%1 und %2 laufen beide auf %3 und lauschen beide auf %4.</translation>
    </message>
    <message>
        <source>Give one of them another port offset, or put it on another machine.</source>
        <translation>Geben Sie einem davon einen anderen Port-Offset oder verlegen Sie ihn auf einen anderen Rechner.</translation>
    </message>
    <message>
        <source>[server] hostname is %1 in a design of %2 API-M nodes: the URLs this node hands out (and its certificates) name a host the others cannot reach.</source>
        <translation>[server] hostname ist %1 in einem Entwurf mit %2 API-M-Knoten: Die URLs, die dieser Knoten ausgibt (und seine Zertifikate), nennen einen Host, den die anderen nicht erreichen.</translation>
    </message>
    <message>
        <source>Set the hostname other nodes and clients use for %1 (its load balancer&apos;s name when it has one).</source>
        <translation>Setzen Sie den Hostnamen, den andere Knoten und Clients für %1 verwenden (den Namen seines Load Balancers, falls vorhanden).</translation>
    </message>
    <message>
        <source>%1 is behind the load balancer %2 but has no %3: its portals redirect to its own port.</source>
        <translation>%1 steht hinter dem Load Balancer %2, hat aber kein %3: Seine Portale leiten auf den eigenen Port um.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Set proxyPort to the load balancer&apos;s ports (%1 and %2).</source>
        <translation>Setzen Sie proxyPort auf die Ports des Load Balancers (%1 und %2).</translation>
    </message>
    <message>
        <source>%1 is the only %2 of the design: when it stops, its role stops.</source>
        <translation>%1 ist der einzige Knoten vom Typ %2 im Entwurf: Fällt er aus, fällt seine Rolle aus.</translation>
    </message>
    <message>
        <source>Add a second %1 behind a load balancer for high availability.</source>
        <translation>Fügen Sie für Hochverfügbarkeit einen zweiten Knoten vom Typ %1 hinter einem Load Balancer hinzu.</translation>
    </message>
    <message>
        <source>TOML syntax</source>
        <translation>TOML-Syntax</translation>
    </message>
    <message>
        <source>Table order</source>
        <translation>Tabellenreihenfolge</translation>
    </message>
    <message>
        <source>Secrets table last</source>
        <translation>[secrets] als letzte Tabelle</translation>
    </message>
    <message>
        <source>Undefined secret</source>
        <translation>Undefiniertes Secret</translation>
    </message>
    <message>
        <source>Unmatched gateway label</source>
        <translation>Gateway-Label ohne Umgebung</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Unbekannter Host</translation>
    </message>
    <message>
        <source>Throttle endpoints</source>
        <translation>Throttling-Endpunkte</translation>
    </message>
    <message>
        <source>Event hub in HA</source>
        <translation>Event Hub bei Hochverfügbarkeit</translation>
    </message>
    <message>
        <source>Port conflict</source>
        <translation>Portkonflikt</translation>
    </message>
    <message>
        <source>Port placeholder across offsets</source>
        <translation>Port-Platzhalter über Offsets hinweg</translation>
    </message>
    <message>
        <source>Default credentials</source>
        <translation>Standard-Zugangsdaten</translation>
    </message>
    <message>
        <source>Keystore mismatch</source>
        <translation>Abweichender Keystore</translation>
    </message>
    <message>
        <source>H2 in a distributed design</source>
        <translation>H2 in einem verteilten Entwurf</translation>
    </message>
    <message>
        <source>Single-node role</source>
        <translation>Rolle mit nur einem Knoten</translation>
    </message>
    <message>
        <source>Missing proxy port</source>
        <translation>Fehlender Proxy-Port</translation>
    </message>
    <message>
        <source>localhost as hostname</source>
        <translation>localhost als Hostname</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>Version and topology</source>
        <translation>Version und Topologie</translation>
    </message>
    <message>
        <source>a design the chosen API-M version cannot run: a missing kind, profile, traffic manager or encryption key, or too many key-value stores</source>
        <translation>ein Design, das die gewählte API-M-Version nicht betreiben kann: fehlende Knotenart, fehlendes Profil, fehlender Traffic Manager oder Verschlüsselungsschlüssel, oder zu viele Key-Value-Stores</translation>
    </message>
    <message>
        <source>%1 is a key-value store, but distributed throttling over Redis or Valkey only exists from API-M 4.6; the design targets %2.</source>
        <translation>%1 ist ein Key-Value-Store, aber verteiltes Throttling über Redis oder Valkey gibt es erst ab API-M 4.6; das Design zielt auf %2.</translation>
    </message>
    <message>
        <source>Choose API-M 4.6 or later, or remove the key-value store.</source>
        <translation>Wählen Sie API-M 4.6 oder neuer, oder entfernen Sie den Key-Value-Store.</translation>
    </message>
    <message>
        <source>%1 is WSO2 Identity Server 7, which API-M supports as key manager only from 4.4; the design targets %2.</source>
        <translation>%1 ist WSO2 Identity Server 7, den API-M erst ab 4.4 als Key Manager unterstützt; das Design zielt auf %2.</translation>
    </message>
    <message>
        <source>Choose API-M 4.4 or later, or use the resident key manager or a key manager node.</source>
        <translation>Wählen Sie API-M 4.4 oder neuer, oder nutzen Sie den eingebauten Key Manager oder einen Key-Manager-Knoten.</translation>
    </message>
    <message>
        <source>API-M %1 ships no %2, so %3 cannot run.</source>
        <translation>API-M %1 liefert keinen Knoten der Art %2, daher kann %3 nicht laufen.</translation>
    </message>
    <message>
        <source>Choose a version that has this kind (README, Versions), or replace the node.</source>
        <translation>Wählen Sie eine Version mit dieser Knotenart (README, Versionen), oder ersetzen Sie den Knoten.</translation>
    </message>
    <message>
        <source>%1 keeps server_role &quot;%2&quot;, a profile that a %3 of API-M %4 does not have: its pack says &quot;%5&quot;.</source>
        <translation>%1 behält server_role &quot;%2&quot;, ein Profil, das ein Knoten der Art %3 in API-M %4 nicht hat: sein Paket sagt &quot;%5&quot;.</translation>
    </message>
    <message>
        <source>Remove server_role from the node&apos;s kept TOML, or choose the version the file came from.</source>
        <translation>Entfernen Sie server_role aus dem behaltenen TOML des Knotens, oder wählen Sie die Version, aus der die Datei stammt.</translation>
    </message>
    <message>
        <source>%1: from API-M 4.5 the control plane holds no traffic manager, and the design (%2) has none.</source>
        <translation>%1: ab API-M 4.5 enthält die Control Plane keinen Traffic Manager, und das Design (%2) hat keinen.</translation>
    </message>
    <message>
        <source>Add a traffic manager node, or use all-in-one nodes with gateways.</source>
        <translation>Fügen Sie einen Traffic-Manager-Knoten hinzu, oder nutzen Sie All-in-one-Knoten mit Gateways.</translation>
    </message>
    <message>
        <source>Gateway %1 has no node to throttle through: in API-M %2 none of the nodes it links to holds a traffic manager.</source>
        <translation>Gateway %1 hat keinen Knoten für das Throttling: in API-M %2 enthält keiner der verbundenen Knoten einen Traffic Manager.</translation>
    </message>
    <message>
        <source>Link the gateway to a traffic manager, or to all-in-one nodes.</source>
        <translation>Verbinden Sie das Gateway mit einem Traffic Manager oder mit All-in-one-Knoten.</translation>
    </message>
    <message>
        <source>%1 is a second key-value store: the traffic managers share one Redis or Valkey address, and sharded clusters are not supported.</source>
        <translation>%1 ist ein zweiter Key-Value-Store: die Traffic Manager teilen sich eine Redis- oder Valkey-Adresse, und Cluster mit Sharding werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Keep one key-value store node and run its replicas behind its host name.</source>
        <translation>Behalten Sie einen Key-Value-Store-Knoten und betreiben Sie seine Replikate hinter seinem Hostnamen.</translation>
    </message>
    <message>
        <source>API-M %1 encrypts internal data with one symmetric key that every node must share, and the design has none.</source>
        <translation>API-M %1 verschlüsselt interne Daten mit einem symmetrischen Schlüssel, den jeder Knoten teilen muss, und das Design hat keinen.</translation>
    </message>
    <message>
        <source>Save or export the design once to create it, or set APIM_ENCRYPTION_KEY when the project stores no passwords.</source>
        <translation>Speichern oder exportieren Sie das Design einmal, um ihn zu erzeugen, oder setzen Sie APIM_ENCRYPTION_KEY, wenn das Projekt keine Passwörter speichert.</translation>
    </message>
    <message>
        <source>The design&apos;s encryption key is not 64 hexadecimal characters.</source>
        <translation>Der Verschlüsselungsschlüssel des Designs besteht nicht aus 64 Hexadezimalzeichen.</translation>
    </message>
    <message>
        <source>Clear it so that the designer creates a new one, or paste the key of the running deployment.</source>
        <translation>Leeren Sie ihn, damit der Designer einen neuen erzeugt, oder fügen Sie den Schlüssel der laufenden Installation ein.</translation>
    </message>
    <message>
        <source>Version from the files</source>
        <translation>Version aus den Dateien</translation>
    </message>
    <message>
        <source>imported files show API-M 4.5 or later, or a 3.x set; which, and why</source>
        <translation>importierte Dateien zeigen API-M 4.5 oder neuer oder einen Satz von 3.x; welche, und warum</translation>
    </message>
    <message>
        <source>Duplicate gateway environment</source>
        <translation>Doppelte Gateway-Umgebung</translation>
    </message>
    <message>
        <source>two [[apim.gateway.environment]] tables with one name</source>
        <translation>zwei [[apim.gateway.environment]]-Tabellen mit demselben Namen</translation>
    </message>
    <message>
        <source>%1 defines the gateway environment &quot;%2&quot; twice (first at line %3): API-M keeps one, and APIs deployed to &quot;%2&quot; reach only its gateways.</source>
        <translation>%1 definiert die Gateway-Umgebung „%2“ zweimal (zuerst in Zeile %3): API-M behält eine davon, und APIs, die auf „%2“ bereitgestellt werden, erreichen nur deren Gateways.</translation>
    </message>
    <message>
        <source>Rename one of them, or merge the two into one table.</source>
        <translation>Benennen Sie eine davon um oder führen Sie beide in einer Tabelle zusammen.</translation>
    </message>
    <message>
        <source>Template, not a config</source>
        <translation>Vorlage statt Konfiguration</translation>
    </message>
    <message>
        <source>a Helm, Jinja or ERB template or a &lt;host&gt; placeholder where a deployment.toml belongs</source>
        <translation>eine Helm-, Jinja- oder ERB-Vorlage oder ein &lt;host&gt;-Platzhalter, wo eine deployment.toml hingehört</translation>
    </message>
    <message>
        <source>Endpoint reaches no node</source>
        <translation>Endpunkt erreicht keinen Knoten</translation>
    </message>
    <message>
        <source>a localhost URL on a port no node of the machine listens on</source>
        <translation>eine localhost-URL auf einem Port, auf dem kein Knoten der Maschine lauscht</translation>
    </message>
    <message>
        <source>Endpoint points at itself</source>
        <translation>Endpunkt zeigt auf sich selbst</translation>
    </message>
    <message>
        <source>a URL naming its own node where another node&apos;s service belongs</source>
        <translation>eine URL, die den eigenen Knoten nennt, wo der Dienst eines anderen Knotens hingehört</translation>
    </message>
    <message>
        <source>Endpoint port and offset</source>
        <translation>Endpunkt-Port und Offset</translation>
    </message>
    <message>
        <source>the right node but a port its offset does not give the listener</source>
        <translation>der richtige Knoten, aber ein Port, den sein Offset dem Listener nicht gibt</translation>
    </message>
    <message>
        <source>Endpoint target kind</source>
        <translation>Art des Endpunktziels</translation>
    </message>
    <message>
        <source>a URL reaching a node that does not provide that service in the version</source>
        <translation>eine URL zu einem Knoten, der diesen Dienst in der Version nicht anbietet</translation>
    </message>
    <message>
        <source>HA endpoint list</source>
        <translation>HA-Endpunktliste</translation>
    </message>
    <message>
        <source>Unused service node</source>
        <translation>Unbenutzter Dienstknoten</translation>
    </message>
    <message>
        <source>a traffic manager or key manager no endpoint of another node reaches</source>
        <translation>ein Traffic Manager oder Key Manager, den kein Endpunkt eines anderen Knotens erreicht</translation>
    </message>
    <message>
        <source>Gateway key manager</source>
        <translation>Key Manager des Gateways</translation>
    </message>
    <message>
        <source>This is a template, not a deployment.toml: line %1 holds %2.</source>
        <translation>Dies ist eine Vorlage, keine deployment.toml: Zeile %1 enthält %2.</translation>
    </message>
    <message>
        <source>Render it (helm template, the Ansible or Jinja run) and review the result; API-M reads no template.</source>
        <translation>Rendern Sie sie (helm template, der Ansible- oder Jinja-Lauf) und prüfen Sie das Ergebnis; API-M liest keine Vorlagen.</translation>
    </message>
    <message>
        <source>a key manager</source>
        <translation>ein Key Manager</translation>
    </message>
    <message>
        <source>a traffic manager</source>
        <translation>ein Traffic Manager</translation>
    </message>
    <message>
        <source>an event hub (a control plane)</source>
        <translation>ein Event Hub (eine Control Plane)</translation>
    </message>
    <message>
        <source>a control plane</source>
        <translation>eine Control Plane</translation>
    </message>
    <message>
        <source>a gateway</source>
        <translation>ein Gateway</translation>
    </message>
    <message>
        <source>another node of its own cluster</source>
        <translation>ein anderer Knoten des eigenen Clusters</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>eine Datenbank</translation>
    </message>
    <message>
        <source>%1 = %2 points at this machine, but no node here listens on %3.</source>
        <translation>%1 = %2 zeigt auf diese Maschine, aber kein Knoten hier lauscht auf %3.</translation>
    </message>
    <message>
        <source>Name the node it must reach (%1) by its host, with its port.</source>
        <translation>Nennen Sie den Knoten, den es erreichen muss (%1), mit Host und Port.</translation>
    </message>
    <message>
        <source>%1 = %2 points at %3 itself, which is not %4.</source>
        <translation>%1 = %2 zeigt auf %3 selbst, und das ist nicht %4.</translation>
    </message>
    <message>
        <source>Point it at %1 of the design.</source>
        <translation>Lassen Sie es auf %1 des Designs zeigen.</translation>
    </message>
    <message>
        <source>%1 names the load balancer %2: each node of the list must be named directly, or events reach one of them only.</source>
        <translation>%1 nennt den Load Balancer %2: jeder Knoten der Liste muss direkt genannt werden, sonst erreichen Ereignisse nur einen davon.</translation>
    </message>
    <message>
        <source>List each of its nodes instead.</source>
        <translation>Führen Sie stattdessen jeden seiner Knoten auf.</translation>
    </message>
    <message>
        <source>%1 = %2 reaches %3, which is not %4 in API-M %5.</source>
        <translation>%1 = %2 erreicht %3, und das ist in API-M %5 nicht %4.</translation>
    </message>
    <message>
        <source>%1 listens on %2 (offset %3)</source>
        <translation>%1 lauscht auf %2 (Offset %3)</translation>
    </message>
    <message>
        <source>%1 = %2: %3; %4 is nobody.</source>
        <translation>%1 = %2: %3; auf %4 lauscht niemand.</translation>
    </message>
    <message>
        <source>Use port %1, or correct %2&apos;s offset.</source>
        <translation>Verwenden Sie Port %1 oder korrigieren Sie den Offset von %2.</translation>
    </message>
    <message>
        <source>Use the port of the node it must reach.</source>
        <translation>Verwenden Sie den Port des Knotens, den es erreichen muss.</translation>
    </message>
    <message>
        <source>%1 has no [apim.key_manager]: it validates tokens against a key manager on localhost, which a gateway does not run.</source>
        <translation>%1 hat kein [apim.key_manager]: es prüft Tokens gegen einen Key Manager auf localhost, den ein Gateway nicht betreibt.</translation>
    </message>
    <message>
        <source>Add [apim.key_manager] with the service_url, username and password of the key manager (or the control plane).</source>
        <translation>Fügen Sie [apim.key_manager] mit service_url, Benutzername und Passwort des Key Managers (oder der Control Plane) hinzu.</translation>
    </message>
    <message>
        <source>No node&apos;s endpoint reaches %1: it is a %2 nobody uses.</source>
        <translation>Kein Endpunkt eines Knotens erreicht %1: ein %2, den niemand nutzt.</translation>
    </message>
    <message>
        <source>Name it in the gateways&apos; throttle_decision_endpoints and url groups, or remove it.</source>
        <translation>Nennen Sie ihn in throttle_decision_endpoints und den URL-Gruppen der Gateways oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Name it in the gateways&apos; [apim.key_manager] service_url, or remove it.</source>
        <translation>Nennen Sie ihn in der service_url von [apim.key_manager] der Gateways oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Database TLS off</source>
        <translation>Datenbank-TLS aus</translation>
    </message>
    <message>
        <source>useSSL=false or encrypt=false in a JDBC URL</source>
        <translation>useSSL=false oder encrypt=false in einer JDBC-URL</translation>
    </message>
    <message>
        <source>Weak database user</source>
        <translation>Schwacher Datenbankbenutzer</translation>
    </message>
    <message>
        <source>a database user that is root, or a password equal to the user name</source>
        <translation>ein Datenbankbenutzer root oder ein Passwort gleich dem Benutzernamen</translation>
    </message>
    <message>
        <source>Hostname check off</source>
        <translation>Hostnamenprüfung aus</translation>
    </message>
    <message>
        <source>HostnameVerifier = &quot;AllowAll&quot;: any certificate name is accepted</source>
        <translation>HostnameVerifier = &quot;AllowAll&quot;: jeder Zertifikatsname wird akzeptiert</translation>
    </message>
    <message>
        <source>Placeholder left in</source>
        <translation>Platzhalter stehen geblieben</translation>
    </message>
    <message>
        <source>a template placeholder or YOUR_..._HERE in a value API-M reads, in a file that parses</source>
        <translation>ein Vorlagenplatzhalter oder YOUR_..._HERE in einem Wert, den API-M liest, in einer lesbaren Datei</translation>
    </message>
    <message>
        <source>Shipped primary keystore</source>
        <translation>Ausgelieferter primärer Keystore</translation>
    </message>
    <message>
        <source>[keystore.primary] (else [keystore.tls]) is the shipped wso2carbon.jks: tokens are signed with a publicly known key</source>
        <translation>[keystore.primary] (sonst [keystore.tls]) ist das ausgelieferte wso2carbon.jks: Token werden mit einem öffentlich bekannten Schlüssel signiert</translation>
    </message>
    <message>
        <source>localhost advertised</source>
        <translation>localhost veröffentlicht</translation>
    </message>
    <message>
        <source>localhost in a gateway environment&apos;s endpoints or the devportal URL</source>
        <translation>localhost in den Endpunkten einer Gateway-Umgebung oder in der Devportal-URL</translation>
    </message>
    <message>
        <source>No AMQP heartbeat</source>
        <translation>Kein AMQP-Heartbeat</translation>
    </message>
    <message>
        <source>a control plane serving other nodes over AMQP without [qpid.heartbeat]</source>
        <translation>eine Control Plane, die andere Knoten über AMQP bedient, ohne [qpid.heartbeat]</translation>
    </message>
    <message>
        <source>[database.%1] url sets %2=false: the connection to the database, passwords included, travels unencrypted.</source>
        <translation>Die url von [database.%1] setzt %2=false: die Verbindung zur Datenbank läuft samt Passwörtern unverschlüsselt.</translation>
    </message>
    <message>
        <source>Remove %1=false (or set it to true) and give the database a certificate the node trusts.</source>
        <translation>Entfernen Sie %1=false (oder setzen Sie es auf true) und geben Sie der Datenbank ein Zertifikat, dem der Knoten vertraut.</translation>
    </message>
    <message>
        <source>[database.%1] connects as root: a leaked node password gives the whole database server away.</source>
        <translation>[database.%1] verbindet sich als root: ein durchgesickertes Knotenpasswort gibt den ganzen Datenbankserver preis.</translation>
    </message>
    <message>
        <source>[database.%1] password is its user name &quot;%2&quot;: the first guess of anyone who reaches the database.</source>
        <translation>Das Passwort von [database.%1] ist sein Benutzername „%2“: der erste Versuch jedes, der die Datenbank erreicht.</translation>
    </message>
    <message>
        <source>Create a user for API-M with rights on its own schema only, with a strong password kept in [secrets].</source>
        <translation>Legen Sie für API-M einen Benutzer mit Rechten nur auf sein eigenes Schema an, mit einem starken Passwort in [secrets].</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: the node accepts any certificate name, so anyone between it and a backend can pose as that backend.</source>
        <translation>%1 = &quot;%2&quot;: der Knoten akzeptiert jeden Zertifikatsnamen, also kann sich jeder zwischen ihm und einem Backend als dieses Backend ausgeben.</translation>
    </message>
    <message>
        <source>Use &quot;DefaultAndLocalhost&quot; (or &quot;Strict&quot;) and give the backends certificates that name them.</source>
        <translation>Verwenden Sie &quot;DefaultAndLocalhost&quot; (oder &quot;Strict&quot;) und geben Sie den Backends Zertifikate, die sie benennen.</translation>
    </message>
    <message>
        <source>%1 still holds the placeholder %2: API-M takes it literally.</source>
        <translation>%1 enthält noch den Platzhalter %2: API-M nimmt ihn wörtlich.</translation>
    </message>
    <message>
        <source>Fill in the real value (render the template, or edit the sample), or remove the key.</source>
        <translation>Tragen Sie den echten Wert ein (rendern Sie die Vorlage oder bearbeiten Sie das Beispiel) oder entfernen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>The gateway environment &quot;%1&quot; shows API consumers %2 = %3: localhost is their own machine, not the gateway.</source>
        <translation>Die Gateway-Umgebung „%1“ zeigt API-Nutzern %2 = %3: localhost ist deren eigene Maschine, nicht das Gateway.</translation>
    </message>
    <message>
        <source>Use the gateways&apos; public host name (their load balancer&apos;s) in every endpoint of the environment.</source>
        <translation>Verwenden Sie in jedem Endpunkt der Umgebung den öffentlichen Hostnamen der Gateways (den ihres Load Balancers).</translation>
    </message>
    <message>
        <source>[apim.devportal] url = %1: the links the portals send to consumers name localhost.</source>
        <translation>[apim.devportal] url = %1: die Links, die die Portale an Nutzer senden, nennen localhost.</translation>
    </message>
    <message>
        <source>Use the developer portal&apos;s public host name.</source>
        <translation>Verwenden Sie den öffentlichen Hostnamen des Developer Portals.</translation>
    </message>
    <message>
        <source>%1 serves other nodes over AMQP without a [qpid.heartbeat] delay: idle connections time out, and gateways and traffic managers miss API and policy events.</source>
        <translation>%1 bedient andere Knoten über AMQP ohne [qpid.heartbeat]-Verzögerung: ruhende Verbindungen laufen ab, und Gateways und Traffic Manager verpassen API- und Richtlinienereignisse.</translation>
    </message>
    <message>
        <source>Add [qpid.heartbeat] with delay = 60 and timeout_factor = 2.0.</source>
        <translation>Fügen Sie [qpid.heartbeat] mit delay = 60 und timeout_factor = 2.0 hinzu.</translation>
    </message>
    <message>
        <source>the key-value store has no password</source>
        <translation>der Key-Value-Store hat kein Passwort</translation>
    </message>
    <message>
        <source>Change the super admin password, use your own keystore and truststore with their own passwords, and give the key-value store a password (requirepass); keep them in [secrets].</source>
        <translation>Ändern Sie das Passwort des Super-Admins, verwenden Sie eigene Keystores und Truststores mit eigenen Passwörtern und geben Sie dem Key-Value-Store ein Passwort (requirepass); halten Sie sie in [secrets].</translation>
    </message>
    <message>
        <source>[keystore.primary] of %1 is the shipped wso2carbon.jks, whose private key every API-M pack holds: anyone can sign tokens %1 accepts.</source>
        <translation>[keystore.primary] von %1 ist das ausgelieferte wso2carbon.jks, dessen privaten Schlüssel jedes API-M-Paket enthält: jeder kann Token signieren, die %1 annimmt.</translation>
    </message>
    <message>
        <source>%1 has no [keystore.primary], so the TLS keystore signs tokens, and it is the shipped wso2carbon.jks, whose private key every API-M pack holds.</source>
        <translation>%1 hat kein [keystore.primary], also signiert der TLS-Keystore die Token, und er ist das ausgelieferte wso2carbon.jks, dessen privaten Schlüssel jedes API-M-Paket enthält.</translation>
    </message>
    <message>
        <source>Create your own keystore (keytool -genkeypair), use it on every node, and import its certificate into the truststores.</source>
        <translation>Erstellen Sie einen eigenen Keystore (keytool -genkeypair), verwenden Sie ihn auf jedem Knoten und importieren Sie sein Zertifikat in die Truststores.</translation>
    </message>
    <message>
        <source>Missing endpoint</source>
        <translation>Fehlender Endpunkt</translation>
    </message>
    <message>
        <source>an imported node without the [apim.event_hub] or [apim.key_manager] its role needs in the set</source>
        <translation>ein importierter Knoten ohne den [apim.event_hub] oder [apim.key_manager], den seine Rolle in der Gruppe braucht</translation>
    </message>
    <message>
        <source>%1 has no %2: it does not reach %3, which the set has for that.</source>
        <translation>%1 hat kein %2: Er erreicht %3 nicht, den die Gruppe dafür hat.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Add %1 with service_url (and, for the event hub, event_listening_endpoints) naming %2.</source>
        <translation>Fügen Sie %1 mit service_url (und, für den Event-Hub, event_listening_endpoints) hinzu, das %2 nennt.</translation>
    </message>
    <message>
        <source>an event listening, publishing or duplication list naming a load balancer, or missing a node of the cluster it names</source>
        <translation>eine Liste zum Empfangen, Veröffentlichen oder Duplizieren von Ereignissen, die einen Load Balancer nennt oder der ein Knoten des genannten Clusters fehlt</translation>
    </message>
    <message>
        <source>a gateway without [apim.key_manager], or without credentials its key manager accepts</source>
        <translation>ein Gateway ohne [apim.key_manager] oder ohne Zugangsdaten, die sein Key Manager akzeptiert</translation>
    </message>
    <message>
        <source>Revoke endpoint</source>
        <translation>Widerrufs-Endpunkt</translation>
    </message>
    <message>
        <source>[apim.oauth_config] revoke_endpoint not ending in /revoke</source>
        <translation>[apim.oauth_config] revoke_endpoint endet nicht auf /revoke</translation>
    </message>
    <message>
        <source>Gateway environment type</source>
        <translation>Typ der Gateway-Umgebung</translation>
    </message>
    <message>
        <source>a gateway environment whose type is not hybrid, production or sandbox</source>
        <translation>eine Gateway-Umgebung, deren Typ nicht hybrid, production oder sandbox ist</translation>
    </message>
    <message>
        <source>Whole product as gateway</source>
        <translation>Gesamtes Produkt als Gateway</translation>
    </message>
    <message>
        <source>a gateway environment naming an all-in-one, or a 4.0-4.4 gateway left on server_role &quot;default&quot;</source>
        <translation>eine Gateway-Umgebung, die einen All-in-one-Knoten nennt, oder ein Gateway (4.0-4.4), das noch auf server_role &quot;default&quot; steht</translation>
    </message>
    <message>
        <source>API-M 3.x key</source>
        <translation>API-M-3.x-Schlüssel</translation>
    </message>
    <message>
        <source>a key only API-M 3.x reads, in a 4.x set</source>
        <translation>ein Schlüssel, den nur API-M 3.x liest, in einem 4.x-Satz</translation>
    </message>
    <message>
        <source>%1: keys of API-M 3.x&apos;s analytics (the Stream Processor), which API-M 4.x ignores, so no analytics are published.</source>
        <translation>%1: Schlüssel der Analytik von API-M 3.x (des Stream Processors), die API-M 4.x ignoriert; daher werden keine Analysedaten veröffentlicht.</translation>
    </message>
    <message>
        <source>Configure 4.x analytics with [apim.analytics] enable, config_endpoint and auth_token, and remove the 3.x keys.</source>
        <translation>Konfigurieren Sie die 4.x-Analytik mit [apim.analytics] enable, config_endpoint und auth_token, und entfernen Sie die 3.x-Schlüssel.</translation>
    </message>
    <message>
        <source>revoke_endpoint = %1 does not end in /revoke: revoking a token there fails, and the token stays valid.</source>
        <translation>revoke_endpoint = %1 endet nicht auf /revoke: Das Widerrufen eines Tokens schlägt dort fehl, und das Token bleibt gültig.</translation>
    </message>
    <message>
        <source>Point it at the key manager&apos;s revoke service, https://&lt;key manager&gt;:&lt;port&gt;/oauth2/revoke.</source>
        <translation>Richten Sie ihn auf den Widerrufsdienst des Key Managers aus, https://&lt;key manager&gt;:&lt;port&gt;/oauth2/revoke.</translation>
    </message>
    <message>
        <source>The gateway environment &quot;%1&quot; has type = &quot;%2&quot;, which API-M does not know: it expects hybrid, production or sandbox.</source>
        <translation>Die Gateway-Umgebung „%1“ hat type = &quot;%2&quot;, was API-M nicht kennt: Erwartet wird hybrid, production oder sandbox.</translation>
    </message>
    <message>
        <source>Set type to &quot;hybrid&quot; (production and sandbox traffic), &quot;production&quot; or &quot;sandbox&quot;.</source>
        <translation>Setzen Sie type auf &quot;hybrid&quot; (Produktions- und Sandbox-Verkehr), &quot;production&quot; oder &quot;sandbox&quot;.</translation>
    </message>
    <message>
        <source>%1 deploys APIs to %2 as a gateway, but %2 runs the whole product (server_role &quot;default&quot;): its own portals, key manager and traffic manager start beside the gateway.</source>
        <translation>%1 stellt APIs auf %2 als Gateway bereit, aber %2 führt das gesamte Produkt aus (server_role &quot;default&quot;): Seine eigenen Portale, sein Key Manager und sein Traffic Manager starten neben dem Gateway.</translation>
    </message>
    <message>
        <source>Set server_role = &quot;gateway-worker&quot; on %1.</source>
        <translation>Setzen Sie server_role = &quot;gateway-worker&quot; auf %1.</translation>
    </message>
    <message>
        <source>Run the gateway distribution on %1.</source>
        <translation>Führen Sie auf %1 die Gateway-Distribution aus.</translation>
    </message>
    <message>
        <source>Serve &quot;%1&quot; instead</source>
        <translation>Stattdessen „%1“ bedienen</translation>
    </message>
    <message>
        <source>Drop the label &quot;%1&quot;</source>
        <translation>Label „%1“ entfernen</translation>
    </message>
    <message>
        <source>List %1 in throttle_decision_endpoints</source>
        <translation>%1 in throttle_decision_endpoints aufführen</translation>
    </message>
    <message>
        <source>Name %1 in event_duplicate_url</source>
        <translation>%1 in event_duplicate_url nennen</translation>
    </message>
    <message>
        <source>Set the hostname to %1, the name of %2</source>
        <translation>Hostnamen auf %1 setzen, den Namen von %2</translation>
    </message>
    <message>
        <source>Set the public hostname of %1 to %1</source>
        <translation>Öffentlichen Hostnamen von %1 auf %1 setzen</translation>
    </message>
    <message>
        <source>Set the port to %1</source>
        <translation>Port auf %1 setzen</translation>
    </message>
    <message>
        <source>[apim.key_manager] of %1 sets no username and password, so %1 calls %2 as its own super admin &quot;%3&quot;, whose credentials %2 does not have: token validation fails.</source>
        <translation>[apim.key_manager] von %1 setzt weder username noch password, daher ruft %1 %2 als eigener Super-Admin „%3“ auf, dessen Zugangsdaten %2 nicht hat: Die Token-Validierung schlägt fehl.</translation>
    </message>
    <message>
        <source>Set username and password in [apim.key_manager] to an admin user of %1.</source>
        <translation>Setzen Sie username und password in [apim.key_manager] auf einen Admin-Benutzer von %1.</translation>
    </message>
    <message>
        <source>%1 of %2 misses %3, though it names other nodes of that cluster: %2 exchanges no events with %3, and none at all when the others stop.</source>
        <translation>In %1 von %2 fehlt %3, obwohl dort andere Knoten dieses Clusters genannt sind: %2 tauscht keine Ereignisse mit %3 aus, und überhaupt keine mehr, wenn die anderen anhalten.</translation>
    </message>
    <message>
        <source>Add an entry for %1.</source>
        <translation>Fügen Sie einen Eintrag für %1 hinzu.</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>The design&apos;s gateways log analytics for ELK, which API-M only offers from 4.2; the design targets %1.</source>
        <translation>Die Gateways des Entwurfs protokollieren Analysedaten für ELK, was API-M erst ab 4.2 bietet; der Entwurf zielt auf %1.</translation>
    </message>
    <message>
        <source>Choose API-M 4.2 or later, or set Gateway analytics to cloud (Choreo) or off.</source>
        <translation>Wählen Sie API-M 4.2 oder neuer, oder stellen Sie die Gateway-Analytik auf Cloud (Choreo) oder Aus.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unique node name; also its folder in the bundle</source>
        <translation>Eindeutiger Knotenname; zugleich sein Ordner im Bundle</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>The machine&apos;s own hostname, as the other nodes reach it</source>
        <translation>Der eigene Hostname des Rechners, unter dem ihn die anderen Knoten erreichen</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Used for the hosts entries</source>
        <translation>Wird für die hosts-Einträge verwendet</translation>
    </message>
    <message>
        <source>Port offset</source>
        <translation>Port-Offset</translation>
    </message>
    <message>
        <source>Added to every port the node listens on</source>
        <translation>Wird zu jedem Port addiert, auf dem der Knoten lauscht</translation>
    </message>
    <message>
        <source>Gateway worker</source>
        <translation>Gateway-Worker</translation>
    </message>
    <message>
        <source>Serves API traffic; pulls artifacts from the control plane</source>
        <translation>Bedient API-Verkehr; bezieht Artefakte von der Control Plane</translation>
    </message>
    <message>
        <source>Gateway labels</source>
        <translation>Gateway-Labels</translation>
    </message>
    <message>
        <source>The gateway environments this gateway serves</source>
        <translation>Die Gateway-Umgebungen, die dieses Gateway bedient</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Control Plane</translation>
    </message>
    <message>
        <source>Publisher, Developer Portal, key manager and traffic manager</source>
        <translation>Publisher, Developer Portal, Key Manager und Traffic Manager</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <source>NGINX in front of one cluster of nodes of the same kind</source>
        <translation>NGINX vor einem Cluster gleichartiger Knoten</translation>
    </message>
    <message>
        <source>Public hostname</source>
        <translation>Öffentlicher Hostname</translation>
    </message>
    <message>
        <source>The name clients and other nodes use for the cluster</source>
        <translation>Der Name, den Clients und andere Knoten für den Cluster verwenden</translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation>HTTP-Port</translation>
    </message>
    <message>
        <source>Becomes proxyPort of [transport.http]</source>
        <translation>Wird zu proxyPort von [transport.http]</translation>
    </message>
    <message>
        <source>HTTPS port</source>
        <translation>HTTPS-Port</translation>
    </message>
    <message>
        <source>Becomes proxyPort of [transport.https]</source>
        <translation>Wird zu proxyPort von [transport.https]</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Holds apim_db and shared_db</source>
        <translation>Enthält apim_db und shared_db</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>The [database.*] type key</source>
        <translation>Der Schlüssel type von [database.*]</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>apim_db name</source>
        <translation>apim_db-Name</translation>
    </message>
    <message>
        <source>apim_db user</source>
        <translation>apim_db-Benutzer</translation>
    </message>
    <message>
        <source>apim_db password</source>
        <translation>apim_db-Passwort</translation>
    </message>
    <message>
        <source>shared_db name</source>
        <translation>shared_db-Name</translation>
    </message>
    <message>
        <source>shared_db user</source>
        <translation>shared_db-Benutzer</translation>
    </message>
    <message>
        <source>shared_db password</source>
        <translation>shared_db-Passwort</translation>
    </message>
    <message>
        <source>Oracle service name</source>
        <translation>Oracle-Dienstname</translation>
    </message>
    <message>
        <source>Oracle only: the service (or pluggable database) both schemas live in</source>
        <translation>Nur Oracle: der Dienst (oder die Pluggable Database), in dem beide Schemas liegen</translation>
    </message>
    <message>
        <source>Traffic manager</source>
        <translation>Traffic Manager</translation>
    </message>
    <message>
        <source>Separate throttling node</source>
        <translation>Separater Throttling-Knoten</translation>
    </message>
    <message>
        <source>Key manager</source>
        <translation>Key Manager</translation>
    </message>
    <message>
        <source>Separate key manager (API-M profile or WSO2 IS)</source>
        <translation>Separater Key Manager (API-M-Profil oder WSO2 IS)</translation>
    </message>
    <message>
        <source>All-in-one</source>
        <translation>All-in-one</translation>
    </message>
    <message>
        <source>Every API-M component in one node</source>
        <translation>Alle API-M-Komponenten in einem Knoten</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>JMS / binary events</source>
        <translation>JMS / binäre Ereignisse</translation>
    </message>
    <message>
        <source>JDBC</source>
        <translation>JDBC</translation>
    </message>
    <message>
        <source>Identity Server</source>
        <translation>Identity Server</translation>
    </message>
    <message>
        <source>WSO2 Identity Server 7 as the key manager</source>
        <translation>WSO2 Identity Server 7 als Key Manager</translation>
    </message>
    <message>
        <source>Key-value store</source>
        <translation>Key-Value-Store</translation>
    </message>
    <message>
        <source>Redis or Valkey for distributed throttling (4.6+)</source>
        <translation>Redis oder Valkey für verteiltes Throttling (4.6+)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The Redis or Valkey ACL user</source>
        <translation>Der ACL-Benutzer von Redis oder Valkey</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Connect to the store over TLS (ssl = true)</source>
        <translation>Über TLS mit dem Speicher verbinden (ssl = true)</translation>
    </message>
    <message>
        <source>JVM heap (MB)</source>
        <translation>JVM-Heap (MB)</translation>
    </message>
    <message>
        <source>-Xms and -Xmx of the node&apos;s JVM, in JVM_MEM_OPTS of its start scripts and systemd unit</source>
        <translation>-Xms und -Xmx der JVM des Knotens, in JVM_MEM_OPTS seiner Startskripte und seiner systemd-Unit</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Super admin password</source>
        <translation>Super-Admin-Passwort</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Keystore-Passwort</translation>
    </message>
    <message>
        <source>Keystore key password</source>
        <translation>Keystore-Schlüsselpasswort</translation>
    </message>
    <message>
        <source>Truststore password</source>
        <translation>Truststore-Passwort</translation>
    </message>
    <message>
        <source>apim_db password of %1</source>
        <translation>apim_db-Passwort von %1</translation>
    </message>
    <message>
        <source>shared_db password of %1</source>
        <translation>shared_db-Passwort von %1</translation>
    </message>
    <message>
        <source>Encryption key (64 hexadecimal characters)</source>
        <translation>Verschlüsselungsschlüssel (64 Hexadezimalzeichen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>certificates must be one of %1, not &apos;%2&apos;</source>
        <translation>certificates muss eines von %1 sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>One gateway and one control plane with a MySQL database (the seed&apos;s single-node deployment)</source>
        <translation>Ein Gateway und eine Control Plane mit einer MySQL-Datenbank (das Single-Node-Deployment der Vorlage)</translation>
    </message>
    <message>
        <source>Gateways and control planes, each cluster behind a load balancer, with a MySQL database (the seed&apos;s HA cluster)</source>
        <translation>Gateways und Control Planes, jeder Cluster hinter einem Load Balancer, mit einer MySQL-Datenbank (der HA-Cluster der Vorlage)</translation>
    </message>
    <message>
        <source>unknown pattern &apos;%1&apos; (known: %2)</source>
        <translation>unbekanntes Muster „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>node counts must be between 1 and %1</source>
        <translation>die Knotenanzahl muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>%1 has one node of each role; its HA form takes counts</source>
        <translation>%1 hat je Rolle einen Knoten; die HA-Form nimmt Anzahlen</translation>
    </message>
    <message>
        <source>%1 keeps its key manager in the control plane</source>
        <translation>%1 behält den Key Manager in der Control Plane</translation>
    </message>
    <message>
        <source>unknown API-M version &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte API-M-Version „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>%1 exists in API-M 4.%2 to 4.%3, not in %4</source>
        <translation>%1 gibt es in API-M 4.%2 bis 4.%3, nicht in %4</translation>
    </message>
    <message>
        <source>%1 takes no %2 count</source>
        <translation>%1 nimmt keine Anzahl für %2</translation>
    </message>
    <message>
        <source>Control planes, separate traffic managers and gateways with a MySQL database (WSO2&apos;s Pattern 3); two or more of a role stand behind a load balancer</source>
        <translation>Control Planes, getrennte Traffic Manager und Gateways mit einer MySQL-Datenbank (WSO2s Pattern 3); zwei oder mehr Knoten einer Rolle stehen hinter einem Load Balancer</translation>
    </message>
    <message>
        <source>One all-in-one node running every API-M component, with a MySQL database</source>
        <translation>Ein All-in-one-Knoten, der alle API-M-Komponenten ausführt, mit einer MySQL-Datenbank</translation>
    </message>
    <message>
        <source>All-in-one nodes, active-active behind a load balancer, sharing a MySQL database (WSO2&apos;s Pattern 1)</source>
        <translation>All-in-one-Knoten, aktiv-aktiv hinter einem Load Balancer, mit gemeinsamer MySQL-Datenbank (WSO2s Pattern 1)</translation>
    </message>
    <message>
        <source>All-in-one nodes (single or HA) with separate gateways, each cluster behind a load balancer when it has several nodes (WSO2&apos;s Pattern 2)</source>
        <translation>All-in-one-Knoten (einzeln oder HA) mit separaten Gateways, jeder Cluster mit mehreren Knoten hinter einem Load Balancer (WSO2s Pattern 2)</translation>
    </message>
    <message>
        <source>Gateways, control planes, traffic managers and a separate key manager (or WSO2 Identity Server 7 with --key-manager is7), each role of two or more behind a load balancer, with a MySQL database</source>
        <translation>Gateways, Control Planes, Traffic Manager und ein separater Key Manager (oder WSO2 Identity Server 7 mit --key-manager is7), jede Rolle ab zwei Knoten hinter einem Load Balancer, mit einer MySQL-Datenbank</translation>
    </message>
    <message>
        <source>%1 runs its key manager apart from the control planes: --key-manager takes node or is7 (gw-cp-tm keeps it resident)</source>
        <translation>%1 betreibt den Key Manager getrennt von den Control Planes: --key-manager nimmt node oder is7 (gw-cp-tm behält ihn in der Control Plane)</translation>
    </message>
    <message>
        <source>--key-managers counts key manager nodes, and with --key-manager %1 there are none: leave it out, or use --key-manager node</source>
        <translation>--key-managers zählt Key-Manager-Knoten, und mit --key-manager %1 gibt es keine: weglassen oder --key-manager node verwenden</translation>
    </message>
    <message>
        <source>%1 has no separate traffic managers to share throttling counters through a key-value store</source>
        <translation>%1 hat keine eigenen Traffic Manager, die Drosselungszähler über einen Key-Value-Store teilen könnten</translation>
    </message>
    <message>
        <source>a key-value store shares throttling counters from API-M 4.6 on, not in %1: use --version 4.6.0 or later</source>
        <translation>ein Key-Value-Store teilt Drosselungszähler ab API-M 4.6, nicht in %1: --version 4.6.0 oder neuer verwenden</translation>
    </message>
    <message>
        <source>a key-value store shares throttling counters between two or more traffic managers: add --traffic-managers 2 or more</source>
        <translation>ein Key-Value-Store teilt Drosselungszähler zwischen zwei oder mehr Traffic Managern: --traffic-managers 2 oder mehr angeben</translation>
    </message>
    <message>
        <source>Identity Server 7 is a key manager from API-M 4.4 on, not in %1: use --version 4.4.0 or later</source>
        <translation>Identity Server 7 ist erst ab API-M 4.4 ein Key Manager, nicht in %1: Verwenden Sie --version 4.4.0 oder neuer</translation>
    </message>
</context>
<context>
    <name>TomlReader</name>
    <message>
        <source>file is %1 bytes, more than the limit of %2</source>
        <translation>die Datei hat %1 Bytes, mehr als das Limit von %2</translation>
    </message>
    <message>
        <source>NUL byte in the file</source>
        <translation>NUL-Byte in der Datei</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence</source>
        <translation>ungültige UTF-8-Sequenz</translation>
    </message>
    <message>
        <source>line is longer than the limit of %1 characters</source>
        <translation>die Zeile ist länger als das Limit von %1 Zeichen</translation>
    </message>
    <message>
        <source>key has more than %1 dotted parts</source>
        <translation>der Schlüssel hat mehr als %1 durch Punkte getrennte Teile</translation>
    </message>
    <message>
        <source>more than %1 key/value pairs</source>
        <translation>mehr als %1 Schlüssel-Wert-Paare</translation>
    </message>
    <message>
        <source>values nested deeper than %1 levels</source>
        <translation>Werte tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>array longer than %1 items</source>
        <translation>Array mit mehr als %1 Elementen</translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>The node no longer exists.</source>
        <translation>Der Knoten existiert nicht mehr.</translation>
    </message>
    <message>
        <source>A node cannot link to itself.</source>
        <translation>Ein Knoten kann nicht mit sich selbst verbunden werden.</translation>
    </message>
    <message>
        <source>These nodes are already linked.</source>
        <translation>Diese Knoten sind bereits verbunden.</translation>
    </message>
    <message>
        <source>These nodes are already linked the other way.</source>
        <translation>Diese Knoten sind bereits in umgekehrter Richtung verbunden.</translation>
    </message>
    <message>
        <source>A load balancer fronts API-M nodes; a database is reached directly over JDBC.</source>
        <translation>Ein Load Balancer steht vor API-M-Knoten; eine Datenbank wird direkt über JDBC erreicht.</translation>
    </message>
    <message>
        <source>A load balancer cannot front another load balancer.</source>
        <translation>Ein Load Balancer kann nicht vor einem anderen Load Balancer stehen.</translation>
    </message>
    <message>
        <source>Link the other way: from the %1 to the %2.</source>
        <translation>Verbinden Sie in umgekehrter Richtung: von %1 zu %2.</translation>
    </message>
    <message>
        <source>A %1 does not link to a %2.</source>
        <translation>Ein Knoten vom Typ %1 wird nicht mit einem Knoten vom Typ %2 verbunden.</translation>
    </message>
    <message>
        <source>%1 is already behind the load balancer %2.</source>
        <translation>%1 steht bereits hinter dem Load Balancer %2.</translation>
    </message>
    <message>
        <source>%1 fronts %2 nodes; a cluster holds nodes of one kind.</source>
        <translation>%1 steht vor Knoten vom Typ %2; ein Cluster enthält nur Knoten einer Art.</translation>
    </message>
    <message>
        <source>%1 already uses the database %2.</source>
        <translation>%1 verwendet bereits die Datenbank %2.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n link(s)</source>
        <translation>
            <numerusform>%n Verbindung entfernen</numerusform>
            <numerusform>%n Verbindungen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change design settings</source>
        <translation>Entwurfseinstellungen ändern</translation>
    </message>
    <message numerus="yes">
        <source>Add %n node(s)</source>
        <translation>
            <numerusform>%n Knoten hinzufügen</numerusform>
            <numerusform>%n Knoten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>%n Knoten löschen</numerusform>
            <numerusform>%n Knoten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>%n Knoten verschieben</numerusform>
            <numerusform>%n Knoten verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Edit raw TOML</source>
        <translation>TOML direkt bearbeiten</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>API-M version &apos;%1&apos; is not one the designer knows (4.0 to 4.7).</source>
        <translation>Die API-M-Version „%1“ ist dem Designer nicht bekannt (4.0 bis 4.7).</translation>
    </message>
    <message>
        <source>The super admin user name is empty.</source>
        <translation>Der Benutzername des Super-Admins ist leer.</translation>
    </message>
    <message>
        <source>The design has no gateway environment.</source>
        <translation>Der Entwurf hat keine Gateway-Umgebung.</translation>
    </message>
    <message>
        <source>Add one under the design settings.</source>
        <translation>Fügen Sie eine in den Entwurfseinstellungen hinzu.</translation>
    </message>
    <message>
        <source>Invalid node name &apos;%1&apos;: %2</source>
        <translation>Ungültiger Knotenname „%1“: %2</translation>
    </message>
    <message>
        <source>Node name &apos;%1&apos; is used twice.</source>
        <translation>Der Knotenname „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>Benennen Sie einen davon um.</translation>
    </message>
    <message>
        <source>%1 has no hostname.</source>
        <translation>%1 hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>%1 is linked to no database.</source>
        <translation>%1 ist mit keiner Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Draw a link from the node to a database.</source>
        <translation>Ziehen Sie eine Verbindung vom Knoten zu einer Datenbank.</translation>
    </message>
    <message>
        <source>Gateway %1 is linked to no control plane.</source>
        <translation>Gateway %1 ist mit keiner Control Plane verbunden.</translation>
    </message>
    <message>
        <source>Draw a link from the gateway to a control plane.</source>
        <translation>Ziehen Sie eine Verbindung vom Gateway zu einer Control Plane.</translation>
    </message>
    <message>
        <source>Gateway %1 serves the label &apos;%2&apos;, but no gateway environment has that name.</source>
        <translation>Gateway %1 bedient das Label „%2“, aber keine Gateway-Umgebung trägt diesen Namen.</translation>
    </message>
    <message>
        <source>Add the environment in the design settings or fix the label.</source>
        <translation>Fügen Sie die Umgebung in den Entwurfseinstellungen hinzu oder korrigieren Sie das Label.</translation>
    </message>
    <message>
        <source>Gateway %1 serves no environment label.</source>
        <translation>Gateway %1 bedient kein Umgebungslabel.</translation>
    </message>
    <message>
        <source>Load balancer %1 has no public hostname.</source>
        <translation>Load Balancer %1 hat keinen öffentlichen Hostnamen.</translation>
    </message>
    <message>
        <source>Load balancer %1 fronts no node.</source>
        <translation>Load Balancer %1 steht vor keinem Knoten.</translation>
    </message>
    <message>
        <source>Draw links from the load balancer to the nodes of its cluster.</source>
        <translation>Ziehen Sie Verbindungen vom Load Balancer zu den Knoten seines Clusters.</translation>
    </message>
    <message>
        <source>Database %1 has an empty password.</source>
        <translation>Datenbank %1 hat ein leeres Passwort.</translation>
    </message>
    <message>
        <source>No API-M node uses database %1.</source>
        <translation>Kein API-M-Knoten verwendet die Datenbank %1.</translation>
    </message>
    <message>
        <source>The kept TOML of %1 does not parse: %2</source>
        <translation>Das beibehaltene TOML von %1 lässt sich nicht parsen: %2</translation>
    </message>
    <message>
        <source>No gateway serves the environment &apos;%1&apos;.</source>
        <translation>Kein Gateway bedient die Umgebung „%1“.</translation>
    </message>
    <message>
        <source>Add the label to a gateway, or remove the environment.</source>
        <translation>Fügen Sie das Label einem Gateway hinzu oder entfernen Sie die Umgebung.</translation>
    </message>
    <message>
        <source>public hostname</source>
        <translation>öffentlicher Hostname</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>The %1 of %2 is not valid: %3</source>
        <translation>%1 von %2 ist ungültig: %3</translation>
    </message>
    <message>
        <source>Use a host name (letters, digits, &apos;-&apos;, &apos;.&apos;), an IPv4 or an IPv6 address.</source>
        <translation>Verwenden Sie einen Hostnamen (Buchstaben, Ziffern, &apos;-&apos;, &apos;.&apos;), eine IPv4- oder eine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Databases %1 and %2 would both read their passwords from %3; %2 uses %4 instead.</source>
        <translation>Die Datenbanken %1 und %2 würden ihre Passwörter beide aus %3 lesen; %2 verwendet stattdessen %4.</translation>
    </message>
    <message>
        <source>Rename one of them so that the names differ in more than punctuation.</source>
        <translation>Benennen Sie eine davon um, sodass sich die Namen nicht nur in Satzzeichen unterscheiden.</translation>
    </message>
    <message>
        <source>Load balancer %1 has no hostname other than its public one, so it does not route the members&apos; admin services (/services/); the control planes call a member directly.</source>
        <translation>Der Load Balancer %1 hat keinen anderen Hostnamen als seinen öffentlichen, daher leitet er die Admin-Dienste der Mitglieder (/services/) nicht weiter; die Control Planes rufen ein Mitglied direkt auf.</translation>
    </message>
    <message>
        <source>Give the load balancer a hostname of its own, kept off the public DNS.</source>
        <translation>Geben Sie dem Load Balancer einen eigenen Hostnamen, der nicht im öffentlichen DNS steht.</translation>
    </message>
    <message>
        <source>%1 has no IP address: the hosts files leave out %2, and database accounts for it name only that host name.</source>
        <translation>%1 hat keine IP-Adresse: die hosts-Dateien lassen %2 aus, und Datenbankkonten dafür nennen nur diesen Hostnamen.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s IP address, or make sure DNS resolves %1 on every machine, the database server&apos;s included.</source>
        <translation>Geben Sie die IP-Adresse des Knotens ein oder sorgen Sie dafür, dass DNS %1 auf jedem Rechner auflöst, auch auf dem Datenbankserver.</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>%1 mit %2 verbinden</translation>
    </message>
    <message>
        <source>Add the gateway environment &quot;%1&quot;</source>
        <translation>Gateway-Umgebung „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Serve &quot;%1&quot; instead</source>
        <translation>Stattdessen „%1“ bedienen</translation>
    </message>
    <message>
        <source>Drop the label &quot;%1&quot;</source>
        <translation>Label „%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>entry &quot;%1&quot; refused: %2</source>
        <translation>Eintrag „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>er hat keinen Namen</translation>
    </message>
    <message>
        <source>its name contains a backslash</source>
        <translation>sein Name enthält einen Backslash</translation>
    </message>
    <message>
        <source>its path is absolute</source>
        <translation>sein Pfad ist absolut</translation>
    </message>
    <message>
        <source>its path contains &quot;..&quot;</source>
        <translation>sein Pfad enthält „..“</translation>
    </message>
    <message>
        <source>its path is not in clean form</source>
        <translation>sein Pfad ist nicht normalisiert</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>er ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>it is a device, fifo or socket</source>
        <translation>er ist ein Gerät, eine FIFO oder ein Socket</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>er ist verschlüsselt</translation>
    </message>
    <message>
        <source>compression method %1 is not supported</source>
        <translation>die Komprimierungsmethode %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>it declares %1 bytes, more than the %2 allowed</source>
        <translation>er gibt %1 Bytes an, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>the archive holds more than the %1 bytes allowed in total</source>
        <translation>das Archiv enthält mehr als die insgesamt erlaubten %1 Bytes</translation>
    </message>
    <message>
        <source>it expands more than %1 times (%2 bytes from %3)</source>
        <translation>er dehnt sich beim Entpacken um mehr als das %1-Fache aus (%2 Bytes aus %3)</translation>
    </message>
    <message>
        <source>it cannot be opened (error %1)</source>
        <translation>er kann nicht geöffnet werden (Fehler %1)</translation>
    </message>
    <message>
        <source>it holds more than the %1 bytes allowed</source>
        <translation>er enthält mehr als die erlaubten %1 Bytes</translation>
    </message>
    <message>
        <source>it expands more than %1 times</source>
        <translation>er dehnt sich beim Entpacken um mehr als das %1-Fache aus</translation>
    </message>
    <message>
        <source>its data is damaged (CRC mismatch)</source>
        <translation>seine Daten sind beschädigt (CRC stimmt nicht überein)</translation>
    </message>
    <message>
        <source>its data is damaged (error %1)</source>
        <translation>seine Daten sind beschädigt (Fehler %1)</translation>
    </message>
    <message>
        <source>it holds %1 bytes but declares %2</source>
        <translation>er enthält %1 Bytes, gibt aber %2 an</translation>
    </message>
    <message>
        <source>not a readable zip archive (error %1)</source>
        <translation>kein lesbares Zip-Archiv (Fehler %1)</translation>
    </message>
    <message>
        <source>the zip directory is damaged (error %1)</source>
        <translation>das Zip-Verzeichnis ist beschädigt (Fehler %1)</translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the %2 allowed</source>
        <translation>das Archiv hat %1 Einträge, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>the archive has more than the %1 entries allowed</source>
        <translation>das Archiv hat mehr als die erlaubten %1 Einträge</translation>
    </message>
    <message>
        <source>entry %1 has a damaged header (error %2)</source>
        <translation>Eintrag %1 hat einen beschädigten Header (Fehler %2)</translation>
    </message>
    <message>
        <source>it occurs twice</source>
        <translation>er kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
</context>
<context>
    <name>apim</name>
    <message>
        <source>Refusing to replace %1: %2. Nothing was written; give a new folder name.</source>
        <translation>%1 wird nicht ersetzt: %2. Es wurde nichts geschrieben; geben Sie einen neuen Ordnernamen an.</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; name folders that hold other work</source>
        <translation>„.“ und „..“ bezeichnen Ordner mit anderer Arbeit</translation>
    </message>
    <message>
        <source>it is the root folder</source>
        <translation>es ist der Wurzelordner</translation>
    </message>
    <message>
        <source>it is your home folder</source>
        <translation>es ist Ihr Benutzerordner</translation>
    </message>
    <message>
        <source>it is the current folder or one of its parents</source>
        <translation>es ist der aktuelle Ordner oder einer seiner übergeordneten Ordner</translation>
    </message>
    <message>
        <source>it holds %1, which the export reads</source>
        <translation>er enthält %1, das der Export liest</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Refusing to replace %1: it is or holds a mount point; its files belong to another file system. Nothing was written.</source>
        <translation>%1 wird nicht ersetzt: er ist oder enthält einen Einhängepunkt; seine Dateien gehören zu einem anderen Dateisystem. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Refusing to replace %1 even with --force: the tool did not write it (it has no %2 file). Replacing it would delete %3. Choose an empty or new folder.</source>
        <translation>%1 wird auch mit --force nicht ersetzt: das Werkzeug hat ihn nicht geschrieben (es fehlt die Datei %2). Ersetzen würde %3 löschen. Wählen Sie einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <source>nothing, but it is not ours</source>
        <translation>nichts, aber er stammt nicht vom Werkzeug</translation>
    </message>
    <message>
        <source>Refusing to replace %1 even with --force: it holds files the tool did not write, which would be lost: %2. Move them away first.</source>
        <translation>%1 wird auch mit --force nicht ersetzt: er enthält Dateien, die das Werkzeug nicht geschrieben hat und die verloren gingen: %2. Verschieben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1.</source>
        <translation>Die Berechtigungen von %1 können nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>it leaves the folder</source>
        <translation>er verlässt den Ordner</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot move the new bundle to %1: %2</source>
        <translation>Das neue Paket kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the existing %1 aside: %2</source>
        <translation>Das vorhandene %1 kann nicht beiseitegeschoben werden: %2</translation>
    </message>
    <message>
        <source>choose overwrite to replace it</source>
        <translation>wählen Sie Überschreiben, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>No folder name given.</source>
        <translation>Kein Ordnername angegeben.</translation>
    </message>
    <message>
        <source>Cannot write the bundle into %1.</source>
        <translation>Das Bundle kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to write through it.</source>
        <translation>%1 ist ein symbolischer Link; es wird nicht durch ihn geschrieben.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>In %1 kann kein temporärer Ordner erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a symbolic link; refusing to write through it. Give the real path instead.</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein symbolischer Link; es wird nicht durch ihn geschrieben. Geben Sie stattdessen den echten Pfad an.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file (a device, pipe or socket).</source>
        <translation>%1 kann nicht geschrieben werden: es ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket).</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>Speicherkontingent überschritten</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>es existiert bereits</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>er ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>input/output error (the disk may be failing)</source>
        <translation>Ein-/Ausgabefehler (der Datenträger ist möglicherweise defekt)</translation>
    </message>
    <message>
        <source>the file is too large for this file system</source>
        <translation>die Datei ist zu groß für dieses Dateisystem</translation>
    </message>
    <message>
        <source>it is on another file system</source>
        <translation>es liegt auf einem anderen Dateisystem</translation>
    </message>
    <message>
        <source>it is in use (a mount point?)</source>
        <translation>es wird verwendet (ein Einhängepunkt?)</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>der Ordner ist nicht leer</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>Systemfehler %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 needed, %2 free</source>
        <translation>%1 benötigt, %2 frei</translation>
    </message>
    <message>
        <source>Cannot sync the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>Kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>Cannot write %1: cannot create a file in %2: %3</source>
        <translation>%1 kann nicht geschrieben werden: in %2 kann keine Datei angelegt werden: %3</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): %3</source>
        <translation>%1 kann nicht geschrieben werden (%2): %3</translation>
    </message>
    <message>
        <source>setting permissions</source>
        <translation>beim Setzen der Berechtigungen</translation>
    </message>
    <message>
        <source>writing, %1 of %2 written</source>
        <translation>beim Schreiben, %1 von %2 geschrieben</translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation>beim Schreiben auf den Datenträger</translation>
    </message>
    <message>
        <source>linking into place</source>
        <translation>beim Verknüpfen an den Zielort</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>beim Schließen</translation>
    </message>
    <message>
        <source>renaming into place</source>
        <translation>beim Umbenennen an den Zielort</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder.</source>
        <translation>%1 kann nicht gelesen werden: es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a named pipe, not a regular file.</source>
        <translation>%1 kann nicht gelesen werden: es ist eine benannte Pipe, keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a device, not a regular file.</source>
        <translation>%1 kann nicht gelesen werden: es ist ein Gerät, keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file.</source>
        <translation>%1 kann nicht gelesen werden: es ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is %2, more than the limit of %3.</source>
        <translation>%1 kann nicht gelesen werden: es ist %2 groß, mehr als die Grenze von %3.</translation>
    </message>
</context>
<context>
    <name>apim::Autosaver</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>apim::CanvasFindBar</name>
    <message>
        <source>Find a node by name, host, IP or kind</source>
        <translation>Knoten nach Name, Host, IP oder Art suchen</translation>
    </message>
    <message>
        <source>Find node</source>
        <translation>Knoten suchen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>apim::CanvasHint</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This design is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;To add a node, drag a kind from the Palette onto the canvas, or double-click it in the Palette.&lt;/p&gt;&lt;p&gt;To link two nodes, drag from the small circle on the right of one node onto the other.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieses Design ist leer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Um einen Knoten hinzuzufügen, ziehen Sie eine Art aus der Palette auf die Zeichenfläche oder doppelklicken Sie sie in der Palette.&lt;/p&gt;&lt;p&gt;Um zwei Knoten zu verbinden, ziehen Sie vom kleinen Kreis rechts an einem Knoten auf den anderen.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>apim::CanvasLegend</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>HA cluster behind a load balancer</source>
        <translation>HA-Cluster hinter einem Load Balancer</translation>
    </message>
    <message>
        <source>Errors / warnings on a node</source>
        <translation>Fehler / Warnungen an einem Knoten</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>Legende ausblenden</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>Legende einblenden</translation>
    </message>
</context>
<context>
    <name>apim::CanvasMinimap</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
</context>
<context>
    <name>apim::CanvasRename</name>
    <message>
        <source>Node name</source>
        <translation>Knotenname</translation>
    </message>
</context>
<context>
    <name>apim::CanvasScene</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br/&gt;%3&lt;br/&gt;&lt;i&gt;Click to select it; the Inspector shows what it writes.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br/&gt;%3&lt;br/&gt;&lt;i&gt;Klicken, um sie auszuwählen; der Inspektor zeigt, was sie schreibt.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>apim::CanvasView</name>
    <message>
        <source>The diagram is empty.</source>
        <translation>Das Diagramm ist leer.</translation>
    </message>
    <message>
        <source>The scale must be greater than zero.</source>
        <translation>Der Maßstab muss größer als null sein.</translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels; choose a smaller scale or export SVG.</source>
        <translation>Das Bild wäre %1 × %2 Pixel groß; wählen Sie einen kleineren Maßstab oder exportieren Sie als SVG.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 pixel image.</source>
        <translation>Nicht genügend Speicher für ein Bild mit %1 × %2 Pixeln.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Topology diagram exported by APIM Topology Designer</source>
        <translation>Topologiediagramm, exportiert von APIM Topology Designer</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Topology canvas</source>
        <translation>Topologie-Zeichenfläche</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Links ausrichten</translation>
    </message>
    <message>
        <source>Align centres</source>
        <translation>Zentriert ausrichten</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Oben ausrichten</translation>
    </message>
    <message>
        <source>Align middles</source>
        <translation>Mittig ausrichten</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Vertikal verteilen</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show &amp;Files</source>
        <translation>&amp;Dateien anzeigen</translation>
    </message>
    <message>
        <source>&amp;Link To</source>
        <translation>&amp;Verbinden mit</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>Verbindung &amp;entfernen</translation>
    </message>
    <message>
        <source>Select &amp;Ends</source>
        <translation>E&amp;nden auswählen</translation>
    </message>
    <message>
        <source>&amp;What It Writes</source>
        <translation>&amp;Was sie schreibt</translation>
    </message>
    <message>
        <source>&amp;Add Node Here</source>
        <translation>Knoten hier &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;uto-Layout</source>
        <translation>&amp;Automatisch anordnen</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>Alles ein&amp;passen</translation>
    </message>
    <message>
        <source>Show &amp;Problems (%1)</source>
        <translation>&amp;Probleme anzeigen (%1)</translation>
    </message>
    <message>
        <source>Fi&amp;x Problems</source>
        <translation>Probleme &amp;beheben</translation>
    </message>
</context>
<context>
    <name>apim::DocumentWatcher</name>
    <message>
        <source>File Deleted</source>
        <translation>Datei gelöscht</translation>
    </message>
    <message>
        <source>The file %1 was deleted or moved by another program.

The design is still open; save it to keep it.</source>
        <translation>Die Datei %1 wurde von einem anderen Programm gelöscht oder verschoben.

Der Entwurf ist weiterhin geöffnet; speichern Sie ihn, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>The file %1 was changed by another program.

Reload it? Your unsaved changes in the designer will be lost.</source>
        <translation>Die Datei %1 wurde von einem anderen Programm geändert.

Neu laden? Ihre ungespeicherten Änderungen im Designer gehen dabei verloren.</translation>
    </message>
    <message>
        <source>The file %1 was changed by another program.

Reload it?</source>
        <translation>Die Datei %1 wurde von einem anderen Programm geändert.

Neu laden?</translation>
    </message>
    <message>
        <source>File Changed</source>
        <translation>Datei geändert</translation>
    </message>
</context>
<context>
    <name>apim::ExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Bundle exportieren</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <translation>Fehler: %1 · Warnungen: %2 · Hinweise: %3</translation>
    </message>
    <message>
        <source>The bundle is generated from a design with errors; the nodes may not start. Export anyway?</source>
        <translation>Das Bundle wird aus einem fehlerhaften Entwurf erzeugt; die Knoten starten möglicherweise nicht. Trotzdem exportieren?</translation>
    </message>
    <message>
        <source>Next, choose where to write the zip file.</source>
        <translation>Wählen Sie als Nächstes, wohin die Zip-Datei geschrieben werden soll.</translation>
    </message>
    <message>
        <source>Passwords the project file leaves out</source>
        <translation>Passwörter, die die Projektdatei nicht enthält</translation>
    </message>
    <message>
        <source>They go into this export only. The command-line tool reads them from the environment variables shown in the tooltips.</source>
        <translation>Sie werden nur für diesen Export verwendet. Das Kommandozeilenwerkzeug liest sie aus den in den Tooltips angezeigten Umgebungsvariablen.</translation>
    </message>
    <message>
        <source>Export &amp;Anyway…</source>
        <translation>&amp;Trotzdem exportieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Write:</source>
        <translation>&amp;Schreiben:</translation>
    </message>
    <message>
        <source>The project stores no passwords. Enter these to export: %1.</source>
        <translation>Das Projekt speichert keine Passwörter. Geben Sie diese ein, um zu exportieren: %1.</translation>
    </message>
</context>
<context>
    <name>apim::ImportAction</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import deployment.toml files or a zip of them as a new design</source>
        <translation>deployment.toml-Dateien oder ein Zip-Archiv davon als neuen Entwurf importieren</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Ordner i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Import every *.toml under a folder as a new design</source>
        <translation>Alle *.toml-Dateien unterhalb eines Ordners als neuen Entwurf importieren</translation>
    </message>
    <message>
        <source>Import Configuration</source>
        <translation>Konfiguration importieren</translation>
    </message>
    <message>
        <source>Configuration files (*.toml *.zip);;TOML files (*.toml);;Zip archives (*.zip);;All files (*)</source>
        <translation>Konfigurationsdateien (*.toml *.zip);;TOML-Dateien (*.toml);;Zip-Archive (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>No *.toml files found in %1.</source>
        <translation>In %1 wurden keine *.toml-Dateien gefunden.</translation>
    </message>
    <message>
        <source>None of the %1 files could be read as TOML:
%2</source>
        <translation>Keine der %1 Dateien konnte als TOML gelesen werden:
%2</translation>
    </message>
    <message>
        <source>Imported %1 files as %2 nodes.
Errors: %3 · Warnings: %4 · Notes: %5</source>
        <translation>%1 Dateien als %2 Knoten importiert.
Fehler: %3 · Warnungen: %4 · Hinweise: %5</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>apim::InspectorDelegate</name>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>apim::InspectorLinkPage</name>
    <message>
        <source>Select Ends</source>
        <translation>Enden auswählen</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>File and key</source>
        <translation>Datei und Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What the link writes</source>
        <translation>Was die Verbindung schreibt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n links selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Verbindung ausgewählt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Verbindungen ausgewählt&lt;/b&gt;</numerusform>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Written only without this link</source>
        <translation>Nur ohne diese Verbindung geschrieben</translation>
    </message>
    <message>
        <source>%1. The generated files do not change with this link.</source>
        <translation>%1. Die erzeugten Dateien ändern sich durch diese Verbindung nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1. It sets %n key(s) in the generated files of its two ends:</source>
        <translation>
            <numerusform>%1. Sie setzt %n Schlüssel in den erzeugten Dateien ihrer beiden Enden:</numerusform>
            <numerusform>%1. Sie setzt %n Schlüssel in den erzeugten Dateien ihrer beiden Enden:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. With the %2 other links between the two clusters, the generated files do not change.</source>
        <translation>%1. Mit den %2 anderen Verbindungen zwischen den beiden Clustern ändern sich die erzeugten Dateien nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%1. With the %2 other links between the two clusters, it sets %n key(s) in the generated files of its two ends:</source>
        <translation>
            <numerusform>%1. Mit den %2 anderen Verbindungen zwischen den beiden Clustern setzt sie %n Schlüssel in den erzeugten Dateien ihrer beiden Enden:</numerusform>
            <numerusform>%1. Mit den %2 anderen Verbindungen zwischen den beiden Clustern setzt sie %n Schlüssel in den erzeugten Dateien ihrer beiden Enden:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apim::InspectorModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(gemischt)</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Several nodes cannot share one name.</source>
        <translation>Mehrere Knoten können nicht denselben Namen tragen.</translation>
    </message>
    <message>
        <source>Another node is already called “%1”.</source>
        <translation>Ein anderer Knoten heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>apim::InspectorWidget</name>
    <message>
        <source>Unmanaged TOML (kept from the import)</source>
        <translation>Nicht verwaltetes TOML (aus dem Import übernommen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n nodes selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Knoten ausgewählt&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Knoten ausgewählt&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields shared by: %1</source>
        <translation>Gemeinsame Felder von: %1</translation>
    </message>
    <message>
        <source>Keys the designer does not manage, or that the imported file sets otherwise; they are merged into the node&apos;s deployment.toml.
#!omit KEY: the file leaves KEY out.
#!base KEY = VALUE: what the design implied at import; once it implies something else there, the design&apos;s value is written.</source>
        <translation>Schlüssel, die der Designer nicht verwaltet oder die die importierte Datei anders setzt; sie werden in die deployment.toml des Knotens übernommen.
#!omit SCHLÜSSEL: die Datei lässt SCHLÜSSEL weg.
#!base SCHLÜSSEL = WERT: was das Design beim Import ergab; sobald es dort etwas anderes ergibt, wird der Wert des Designs geschrieben.</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
</context>
<context>
    <name>apim::MainWindow</name>
    <message>
        <source>&lt;start&gt;</source>
        <translation>&lt;Anfang&gt;</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About APIM Topology Designer</source>
        <translation>&amp;Über APIM Topology Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>Bundle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation>Diagramm als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Umbe&amp;nennen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>Alles ein&amp;passen</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>&amp;Legende anzeigen</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>An&amp;ordnen</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>&amp;Zentriert ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>&amp;Mittig ausrichten</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Vertikal verteilen</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>&amp;Automatisch anordnen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1[*] — APIM Topology Designer</source>
        <translation>%1[*] — APIM Topology Designer</translation>
    </message>
    <message>
        <source>Nodes: %1 · Links: %2</source>
        <translation>Knoten: %1 · Verbindungen: %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 enthält ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>The clipboard does not hold nodes this designer can read:
%1</source>
        <translation>Die Zwischenablage enthält keine Knoten, die dieser Designer lesen kann:
%1</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Entwurf öffnen</translation>
    </message>
    <message>
        <source>The design could not be opened.

%1</source>
        <translation>Der Entwurf konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save Design</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <source>The design could not be saved to %1.

%2</source>
        <translation>Der Entwurf konnte nicht unter %1 gespeichert werden.

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>New Design</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>APIM topology designs (*.apimtopo);;All files (*)</source>
        <translation>APIM-Topologieentwürfe (*.apimtopo);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Entwurf speichern unter</translation>
    </message>
    <message>
        <source>APIM topology designs (*.apimtopo)</source>
        <translation>APIM-Topologieentwürfe (*.apimtopo)</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Bundle exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>The bundle was not written.

%1</source>
        <translation>Das Bundle wurde nicht geschrieben.

%1</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>Bundle nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The bundle was written to:
%1</source>
        <translation>Das Bundle wurde geschrieben nach:
%1</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
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
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Maßstab:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Diagram written to %1</source>
        <translation>Diagramm nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>About APIM Topology Designer</source>
        <translation>Über APIM Topology Designer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;APIM Topology Designer %1&lt;/h3&gt;&lt;p&gt;Design distributed WSO2 API Manager deployments and export a configuration bundle for every node.&lt;/p&gt;&lt;p&gt;The same bundle comes from &lt;code&gt;apim-designer-cli export&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;APIM Topology Designer %1&lt;/h3&gt;&lt;p&gt;Entwerfen Sie verteilte Deployments des WSO2 API Manager und exportieren Sie ein Konfigurations-Bundle für jeden Knoten.&lt;/p&gt;&lt;p&gt;Dasselbe Bundle erzeugt auch &lt;code&gt;apim-designer-cli export&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Autosave failed; the previous recovery copy is kept. %1</source>
        <translation>Automatisches Speichern fehlgeschlagen; die vorherige Wiederherstellungskopie bleibt erhalten. %1</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The project stores no passwords, and these are empty:
%1

Nothing was exported.</source>
        <translation>Das Projekt speichert keine Passwörter, und diese sind leer:
%1

Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Close Design</source>
        <translation>Design &amp;schließen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Design Settings</source>
        <translation>Design-Einstellungen</translation>
    </message>
    <message>
        <source>Not fixed: %1</source>
        <translation>Nicht korrigiert: %1</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Korrigiert: %1</translation>
    </message>
    <message>
        <source>&amp;Find Node…</source>
        <translation>Knoten &amp;suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
</context>
<context>
    <name>apim::ManualDialog</name>
    <message>
        <source>APIM Topology Designer Manual</source>
        <translation>Handbuch des APIM Topology Designer</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Zeichenfläche</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Suchleiste</translation>
    </message>
    <message>
        <source>Rename on the card</source>
        <translation>Auf der Karte umbenennen</translation>
    </message>
    <message>
        <source>Nudge the selection</source>
        <translation>Auswahl verschieben</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Nudge the selection by a grid step</source>
        <translation>Auswahl um einen Rasterschritt verschieben</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Next node, previous node</source>
        <translation>Nächster Knoten, vorheriger Knoten</translation>
    </message>
    <message>
        <source>Cancel a drag or link, or clear the selection</source>
        <translation>Ziehen oder Verbinden abbrechen oder Auswahl aufheben</translation>
    </message>
    <message>
        <source>Context menu of the selection</source>
        <translation>Kontextmenü der Auswahl</translation>
    </message>
    <message>
        <source>Pan (or drag with the middle button)</source>
        <translation>Ansicht verschieben (oder mit der mittleren Maustaste ziehen)</translation>
    </message>
    <message>
        <source>Space+drag</source>
        <translation>Leertaste+Ziehen</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Am Mauszeiger zoomen</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Strg+Mausrad</translation>
    </message>
    <message>
        <source>Keep the name, drop it</source>
        <translation>Namen übernehmen, verwerfen</translation>
    </message>
    <message>
        <source>Next match, previous match</source>
        <translation>Nächster Treffer, vorheriger Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>apim::NewDesignDialog</name>
    <message>
        <source>&amp;Empty design</source>
        <translation>&amp;Leerer Entwurf</translation>
    </message>
    <message>
        <source>New Design</source>
        <translation>Neuer Entwurf</translation>
    </message>
    <message>
        <source>&amp;Gateways:</source>
        <translation>&amp;Gateways:</translation>
    </message>
    <message>
        <source>&amp;Control planes:</source>
        <translation>&amp;Control Planes:</translation>
    </message>
    <message>
        <source>From a &amp;pattern:</source>
        <translation>Aus einem &amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Key manager:</source>
        <translation>&amp;Key Manager:</translation>
    </message>
    <message>
        <source>API-M &amp;version:</source>
        <translation>API-M-&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Traffic managers:</source>
        <translation>&amp;Traffic Manager:</translation>
    </message>
    <message>
        <source>Key &amp;managers:</source>
        <translation>Key &amp;Manager:</translation>
    </message>
    <message>
        <source>&amp;All-in-one nodes:</source>
        <translation>&amp;All-in-one-Knoten:</translation>
    </message>
    <message>
        <source>Resident (inside the control plane)</source>
        <translation>Resident (in der Control Plane)</translation>
    </message>
    <message>
        <source>Separate key manager nodes</source>
        <translation>Separate Key-Manager-Knoten</translation>
    </message>
    <message>
        <source>WSO2 Identity Server 7</source>
        <translation>WSO2 Identity Server 7</translation>
    </message>
    <message>
        <source>Key-&amp;value store (Redis or Valkey)</source>
        <translation>Key-&amp;Value-Store (Redis oder Valkey)</translation>
    </message>
    <message>
        <source>The traffic managers share their throttling counters through it (API-M 4.6 and later, two or more traffic managers).</source>
        <translation>Die Traffic Manager teilen über ihn ihre Drosselungszähler (ab API-M 4.6, zwei oder mehr Traffic Manager).</translation>
    </message>
</context>
<context>
    <name>apim::PaletteWidget</name>
    <message>
        <source>Node palette</source>
        <translation>Knotenpalette</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add</source>
        <translation>Auf die Zeichenfläche ziehen oder zum Hinzufügen doppelklicken</translation>
    </message>
</context>
<context>
    <name>apim::PasswordEdit</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Passwort anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
</context>
<context>
    <name>apim::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when the designer is started again.</source>
        <translation>Eine neue Sprache wird nach einem Neustart des Designers wirksam.</translation>
    </message>
    <message>
        <source>Write files &amp;safely (through a temporary file)</source>
        <translation>Dateien s&amp;icher schreiben (über eine temporäre Datei)</translation>
    </message>
    <message>
        <source>Turn this off for folders where renaming fails, such as some network or synchronised drives.</source>
        <translation>Schalten Sie dies für Ordner aus, in denen das Umbenennen fehlschlägt, etwa auf manchen Netzwerk- oder synchronisierten Laufwerken.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>How often unsaved changes are copied to a recovery file. 0 turns autosave off.</source>
        <translation>Wie oft ungespeicherte Änderungen in eine Wiederherstellungsdatei kopiert werden. 0 schaltet die automatische Sicherung aus.</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch sichern alle:</translation>
    </message>
</context>
<context>
    <name>apim::PreviewWidget</name>
    <message>
        <source>Files of %1 in %2</source>
        <translation>Dateien von %1 in %2</translation>
    </message>
    <message>
        <source>Bundle top level %1 (select a node for its files)</source>
        <translation>Oberste Bundle-Ebene %1 (wählen Sie einen Knoten, um seine Dateien zu sehen)</translation>
    </message>
</context>
<context>
    <name>apim::ProblemsModel</name>
    <message>
        <source>(design)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 findings: %2</source>
        <translation>%1 Befunde: %2</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
</context>
<context>
    <name>apim::ProblemsWidget</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>Selects the node, or opens the file line or the design settings the finding is about.</source>
        <translation>Wählt den Knoten aus oder öffnet die Dateizeile oder die Entwurfseinstellungen, die der Befund betrifft.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Importprüfung</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Hinweise: %1</translation>
    </message>
    <message>
        <source>Shown; click to hide them</source>
        <translation>Eingeblendet; klicken, um sie auszublenden</translation>
    </message>
    <message>
        <source>Hidden; click to show them</source>
        <translation>Ausgeblendet; klicken, um sie einzublenden</translation>
    </message>
    <message>
        <source>Select a finding to read all of it.</source>
        <translation>Wählen Sie einen Befund aus, um ihn vollständig zu lesen.</translation>
    </message>
    <message>
        <source>This finding has no automatic fix.</source>
        <translation>Für diesen Befund gibt es keine automatische Korrektur.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <source>Shows the findings whose message, hint, node, rule or file contains this text; node:NAME shows one node&apos;s findings.</source>
        <translation>Zeigt die Befunde, deren Meldung, Hinweis, Knoten, Regel oder Datei diesen Text enthält; node:NAME zeigt die Befunde eines Knotens.</translation>
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
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Liste leeren</translation>
    </message>
</context>
<context>
    <name>apim::RecoveryDialog</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Recover Unsaved Design</source>
        <translation>Ungespeicherten Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>The designer did not close properly. Unsaved changes to &lt;b&gt;%1&lt;/b&gt; were saved at %2.</source>
        <translation>Der Designer wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an &lt;b&gt;%1&lt;/b&gt; wurden um %2 gesichert.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>apim::ReviewWidget</name>
    <message>
        <source>Imported file</source>
        <translation>Importierte Datei</translation>
    </message>
    <message>
        <source>Designer writes now</source>
        <translation>Vom Designer jetzt geschrieben</translation>
    </message>
    <message>
        <source>Select a node to compare its imported file with what the designer writes.</source>
        <translation>Wählen Sie einen Knoten, um seine importierte Datei mit der Ausgabe des Designers zu vergleichen.</translation>
    </message>
    <message>
        <source>%1: the designer writes no deployment.toml for this node.</source>
        <translation>%1: Der Designer schreibt für diesen Knoten keine deployment.toml.</translation>
    </message>
    <message>
        <source>%1: not imported; designed in the designer.</source>
        <translation>%1: nicht importiert; im Designer entworfen.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Imported file: %1</source>
        <translation>Importierte Datei: %1</translation>
    </message>
    <message>
        <source>changed  %1: %2 → %3</source>
        <translation>geändert   %1: %2 → %3</translation>
    </message>
    <message>
        <source>removed  %1 (only in the imported file)</source>
        <translation>entfernt  %1 (nur in der importierten Datei)</translation>
    </message>
    <message>
        <source>added    %1 (only in what the designer writes)</source>
        <translation>ergänzt   %1 (nur in der Ausgabe des Designers)</translation>
    </message>
    <message>
        <source>%1: the designer writes the same tables, keys and values.</source>
        <translation>%1: Der Designer schreibt dieselben Tabellen, Schlüssel und Werte.</translation>
    </message>
    <message>
        <source>%1: differences: %2</source>
        <translation>%1: Unterschiede: %2</translation>
    </message>
    <message>
        <source>Click a difference to show its lines.</source>
        <translation>Klicken Sie auf einen Unterschied, um seine Zeilen anzuzeigen.</translation>
    </message>
    <message>
        <source>Findings on this file</source>
        <translation>Befunde zu dieser Datei</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The review found nothing in this file.</source>
        <translation>Die Prüfung hat in dieser Datei nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>apim::SettingsEditor</name>
    <message>
        <source>&lt;b&gt;Design settings&lt;/b&gt;&lt;br&gt;Shared by every node. Select a node on the canvas to edit its own fields.</source>
        <translation>&lt;b&gt;Entwurfseinstellungen&lt;/b&gt;&lt;br&gt;Gelten für alle Knoten. Wählen Sie einen Knoten auf der Zeichenfläche, um seine eigenen Felder zu bearbeiten.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>In console</source>
        <translation>In Konsole</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>Display in the API console</source>
        <translation>In der API-Konsole anzeigen</translation>
    </message>
    <message>
        <source>Show as the token endpoint URL</source>
        <translation>Als URL des Token-Endpunkts anzeigen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Change gateway environment</source>
        <translation>Gateway-Umgebung ändern</translation>
    </message>
    <message>
        <source>Add gateway environment</source>
        <translation>Gateway-Umgebung hinzufügen</translation>
    </message>
    <message>
        <source>Remove gateway environment</source>
        <translation>Gateway-Umgebung entfernen</translation>
    </message>
</context>
<context>
    <name>apim::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>apim::StartPage</name>
    <message>
        <source>Gateway and control plane</source>
        <translation>Gateway und Control Plane</translation>
    </message>
    <message>
        <source>The smallest distributed setup: one gateway, one control plane and their database.</source>
        <translation>Die kleinste verteilte Umgebung: ein Gateway, eine Control Plane und ihre Datenbank.</translation>
    </message>
    <message>
        <source>Gateway and control plane in HA</source>
        <translation>Gateway und Control Plane in HA</translation>
    </message>
    <message>
        <source>Two gateways and two control planes, each pair behind a load balancer.</source>
        <translation>Zwei Gateways und zwei Control Planes, jedes Paar hinter einem Load Balancer.</translation>
    </message>
    <message>
        <source>Separate traffic managers</source>
        <translation>Eigene Traffic Manager</translation>
    </message>
    <message>
        <source>Gateways, control planes and traffic managers each on machines of their own.</source>
        <translation>Gateways, Control Planes und Traffic Manager jeweils auf eigenen Maschinen.</translation>
    </message>
    <message>
        <source>Separate key managers</source>
        <translation>Eigene Key Manager</translation>
    </message>
    <message>
        <source>Gateways, control planes and traffic managers, with key manager nodes or WSO2 Identity Server 7 issuing the tokens.</source>
        <translation>Gateways, Control Planes und Traffic Manager, mit Key-Manager-Knoten oder WSO2 Identity Server 7 als Token-Aussteller.</translation>
    </message>
    <message>
        <source>All-in-one</source>
        <translation>All-in-one</translation>
    </message>
    <message>
        <source>One API Manager that does everything: for trying things out.</source>
        <translation>Ein API Manager, der alles erledigt: zum Ausprobieren.</translation>
    </message>
    <message>
        <source>All-in-one in HA</source>
        <translation>All-in-one in HA</translation>
    </message>
    <message>
        <source>Two all-in-one API Managers side by side behind a load balancer.</source>
        <translation>Zwei All-in-one-API-Manager nebeneinander hinter einem Load Balancer.</translation>
    </message>
    <message>
        <source>All-in-one plus gateways</source>
        <translation>All-in-one mit Gateways</translation>
    </message>
    <message>
        <source>All-in-one API Managers that publish APIs to gateways of their own.</source>
        <translation>All-in-one-API-Manager, die APIs auf eigenen Gateways veröffentlichen.</translation>
    </message>
    <message>
        <source>APIM Topology Designer</source>
        <translation>APIM Topology Designer</translation>
    </message>
    <message>
        <source>Draw a distributed WSO2 API Manager deployment and export the files every machine needs, or import the files you run and see what they describe.</source>
        <translation>Zeichnen Sie eine verteilte WSO2-API-Manager-Umgebung und exportieren Sie die Dateien, die jede Maschine braucht, oder importieren Sie Ihre laufenden Dateien und sehen Sie, was sie beschreiben.</translation>
    </message>
    <message>
        <source>Start a new design</source>
        <translation>Neues Design beginnen</translation>
    </message>
    <message>
        <source>Empty canvas</source>
        <translation>Leere Zeichenfläche</translation>
    </message>
    <message>
        <source>Start from nothing and place the nodes yourself.</source>
        <translation>Von vorn beginnen und die Knoten selbst platzieren.</translation>
    </message>
    <message>
        <source>Choose version and node counts…</source>
        <translation>Version und Knotenzahlen wählen…</translation>
    </message>
    <message>
        <source>Any of these patterns, at another API-M version or with more nodes.</source>
        <translation>Jedes dieser Muster, mit einer anderen API-M-Version oder mit mehr Knoten.</translation>
    </message>
    <message>
        <source>Review what you run</source>
        <translation>Prüfen, was Sie betreiben</translation>
    </message>
    <message>
        <source>Import deployment.toml files…</source>
        <translation>deployment.toml-Dateien importieren…</translation>
    </message>
    <message>
        <source>Pick the files (or a zip of them): each becomes a node, their URLs become links, and the review lists what is wrong.</source>
        <translation>Wählen Sie die Dateien (oder ein Zip davon): Jede wird ein Knoten, ihre URLs werden Verbindungen, und die Prüfung listet, was falsch ist.</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Einen Ordner importieren…</translation>
    </message>
    <message>
        <source>Every deployment.toml below a folder, such as a checkout of your configuration.</source>
        <translation>Jede deployment.toml unterhalb eines Ordners, etwa eines Checkouts Ihrer Konfiguration.</translation>
    </message>
    <message>
        <source>Open a design</source>
        <translation>Ein Design öffnen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>A design saved as .apimtopo.</source>
        <translation>Ein als .apimtopo gespeichertes Design.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Read the manual</source>
        <translation>Das Handbuch lesen</translation>
    </message>
    <message>
        <source>Designing, importing, reviewing, exporting and the shortcuts (F1 at any time).</source>
        <translation>Entwerfen, Importieren, Prüfen, Exportieren und die Tastenkürzel (jederzeit F1).</translation>
    </message>
</context>
<context>
    <name>apim::TopologyDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>apim::compose</name>
    <message>
        <source>the design has no nodes</source>
        <translation>das Design hat keine Knoten</translation>
    </message>
    <message>
        <source>it has more than %1 nodes, more than one compose network of the target holds</source>
        <translation>es hat mehr als %1 Knoten, mehr als ein Compose-Netz des Ziels fasst</translation>
    </message>
    <message>
        <source>database %1 is %2; the compose target runs the MySQL and PostgreSQL images only</source>
        <translation>Datenbank %1 ist %2; das Compose-Ziel startet nur die MySQL- und PostgreSQL-Images</translation>
    </message>
    <message>
        <source>%1 is a %2 node, for which the compose target has no image (WSO2 publishes images for the API-M components only)</source>
        <translation>%1 ist ein Knoten vom Typ %2, für den das Compose-Ziel kein Image hat (WSO2 veröffentlicht Images nur für die API-M-Komponenten)</translation>
    </message>
</context>
<context>
    <name>apim::helm</name>
    <message>
        <source>the charts write the keystore names and aliases unquoted, and %1 holds a quote, backslash or control character</source>
        <translation>die Charts schreiben die Keystore-Namen und -Aliasse ohne Anführungszeichen, und %1 enthält ein Anführungszeichen, einen Backslash oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the charts write database URLs and users unquoted, and the %1 of %2 holds a quote, backslash or control character</source>
        <translation>die Charts schreiben Datenbank-URLs und -Benutzer ohne Anführungszeichen, und %1 von %2 enthält ein Anführungszeichen, einen Backslash oder ein Steuerzeichen</translation>
    </message>
    <message>
        <source>gateway environment %1 holds a control character, which the charts cannot write</source>
        <translation>die Gateway-Umgebung %1 enthält ein Steuerzeichen, das die Charts nicht schreiben können</translation>
    </message>
    <message>
        <source>a gateway label of %1 holds a control character, which the charts cannot write</source>
        <translation>ein Gateway-Label von %1 enthält ein Steuerzeichen, das die Charts nicht schreiben können</translation>
    </message>
    <message>
        <source>the design has no nodes</source>
        <translation>das Design hat keine Knoten</translation>
    </message>
    <message>
        <source>helm-apim has charts of the 4.5, 4.6 and 4.7 component distributions only; this design is API-M %1</source>
        <translation>helm-apim hat nur Charts der Komponenten-Distributionen 4.5, 4.6 und 4.7; dieses Design ist API-M %1</translation>
    </message>
    <message>
        <source>%1 is a %2 node, for which helm-apim has no chart</source>
        <translation>%1 ist ein %2-Knoten, für den helm-apim kein Chart hat</translation>
    </message>
    <message>
        <source>it has more than %1 %2 nodes; the %3 chart runs one or two instances</source>
        <translation>es hat mehr als %1 %2-Knoten; das Chart %3 betreibt eine oder zwei Instanzen</translation>
    </message>
    <message>
        <source>it mixes all-in-one nodes with control plane, traffic manager or key manager nodes, which no helm-apim pattern combines</source>
        <translation>es mischt All-in-one-Knoten mit Control-Plane-, Traffic-Manager- oder Key-Manager-Knoten, was kein helm-apim-Muster kombiniert</translation>
    </message>
    <message>
        <source>it has no control plane or all-in-one node, which every helm-apim pattern installs first</source>
        <translation>es hat keine Control Plane und keinen All-in-one-Knoten, die jedes helm-apim-Muster zuerst installiert</translation>
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
        <translation>Verteilte Deployments des WSO2 API Manager entwerfen.</translation>
    </message>
    <message>
        <source>A .apimtopo design to open.</source>
        <translation>Ein zu öffnender .apimtopo-Entwurf.</translation>
    </message>
    <message>
        <source>Start from a template: %1.</source>
        <translation>Mit einer Vorlage beginnen: %1.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Gateways in the template (gw-cp-ha).</source>
        <translation>Gateways in der Vorlage (gw-cp-ha).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Control planes in the template (gw-cp-ha).</source>
        <translation>Control Planes in der Vorlage (gw-cp-ha).</translation>
    </message>
</context>
</TS>
