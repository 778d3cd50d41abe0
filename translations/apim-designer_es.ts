<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BundleWriter</name>
    <message>
        <source>Not exported: %1 of node %2: %3</source>
        <translation>No exportado: %1 del nodo %2: %3</translation>
    </message>
    <message>
        <source>choose overwrite to replace it</source>
        <translation>elija sobrescribir para reemplazarlo</translation>
    </message>
    <message>
        <source>Refusing to write the bundle: unsafe path &quot;%1&quot;: %2</source>
        <translation>Se rechaza escribir el paquete: ruta insegura «%1»: %2</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>la ruta está vacía</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>la ruta contiene un carácter NUL</translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation>la ruta contiene una barra invertida</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>la ruta es absoluta</translation>
    </message>
    <message>
        <source>the path starts with a drive letter</source>
        <translation>la ruta empieza por una letra de unidad</translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation>la ruta es demasiado larga</translation>
    </message>
    <message>
        <source>the path has an empty segment</source>
        <translation>la ruta tiene un segmento vacío</translation>
    </message>
    <message>
        <source>the path has a &quot;.&quot; or &quot;..&quot; segment</source>
        <translation>la ruta tiene un segmento «.» o «..»</translation>
    </message>
    <message>
        <source>it occurs twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <source>it is both a file and a folder</source>
        <translation>es a la vez un archivo y una carpeta</translation>
    </message>
    <message>
        <source>No zip file name given.</source>
        <translation>No se indicó ningún nombre de archivo zip.</translation>
    </message>
    <message>
        <source>Cannot build the zip file %1: %2</source>
        <translation>No se puede crear el archivo zip %1: %2</translation>
    </message>
    <message>
        <source>cannot compress %1</source>
        <translation>no se puede comprimir %1</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>no se puede añadir %1</translation>
    </message>
    <message>
        <source>cannot finish the central directory</source>
        <translation>no se puede terminar el directorio central</translation>
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
        <translation>Ningún problema.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2, %3</source>
        <translation>%1 → %2, %3</translation>
    </message>
    <message>
        <source>key manager</source>
        <translation>gestor de claves</translation>
    </message>
    <message>
        <source>traffic manager</source>
        <translation>gestor de tráfico</translation>
    </message>
    <message>
        <source>event hub</source>
        <translation>Event Hub</translation>
    </message>
    <message>
        <source>portals</source>
        <translation>portales</translation>
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
        <translation>Clúster HA %1</translation>
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
        <translation>Nombre del diseño:</translation>
    </message>
    <message>
        <source>API-M version:</source>
        <translation>Versión de API-M:</translation>
    </message>
    <message>
        <source>Admin user name:</source>
        <translation>Usuario administrador:</translation>
    </message>
    <message>
        <source>Admin password:</source>
        <translation>Contraseña del administrador:</translation>
    </message>
    <message>
        <source>Store passwords in the project file</source>
        <translation>Guardar las contraseñas en el archivo del proyecto</translation>
    </message>
    <message>
        <source>Encryption key (4.7+):</source>
        <translation>Clave de cifrado (4.7+):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation>Alias:</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Contraseña de la clave:</translation>
    </message>
    <message>
        <source>Invalidate gateway caches over JMS</source>
        <translation>Invalidar las cachés de las pasarelas mediante JMS</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>Dominio:</translation>
    </message>
    <message>
        <source>Send [qpid.heartbeat]</source>
        <translation>Enviar [qpid.heartbeat]</translation>
    </message>
    <message>
        <source>Delay (seconds):</source>
        <translation>Retardo (segundos):</translation>
    </message>
    <message>
        <source>Timeout factor:</source>
        <translation>Factor de tiempo de espera:</translation>
    </message>
    <message>
        <source>Export passwords as Secure Vault aliases</source>
        <translation>Exportar las contraseñas como alias de Secure Vault</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Certificados:</translation>
    </message>
    <message>
        <source>Own CA certificate:</source>
        <translation>Certificado de la CA propia:</translation>
    </message>
    <message>
        <source>Own CA key:</source>
        <translation>Clave de la CA propia:</translation>
    </message>
    <message>
        <source>APIs:</source>
        <translation>API:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpoints:</translation>
    </message>
    <message>
        <source>Sequences:</source>
        <translation>Secuencias:</translation>
    </message>
    <message>
        <source>Local entries:</source>
        <translation>Entradas locales:</translation>
    </message>
    <message>
        <source>64 hexadecimal characters, the same on every node. The designer creates it once for a 4.7 design; paste the key of a running deployment instead.</source>
        <translation>64 caracteres hexadecimales, iguales en todos los nodos. El diseñador la crea una vez para un diseño 4.7; pegue en su lugar la clave de un despliegue en marcha.</translation>
    </message>
    <message>
        <source>private-ca: the bundle&apos;s certs/make-certs.sh makes a CA and a certificate per node; own-ca: it signs them with your CA; wso2-defaults: the nodes keep WSO2&apos;s shipped wso2carbon.jks (CN=localhost), with a warning.</source>
        <translation>private-ca: el script certs/make-certs.sh del paquete crea una CA y un certificado por nodo; own-ca: los firma con su CA; wso2-defaults: los nodos conservan el wso2carbon.jks que incluye WSO2 (CN=localhost), con una advertencia.</translation>
    </message>
    <message>
        <source>For own-ca: a path on the machine where certs/make-certs.sh runs.</source>
        <translation>Para own-ca: una ruta en la máquina donde se ejecuta certs/make-certs.sh.</translation>
    </message>
    <message>
        <source>Passwords become $secret{alias} references, with a [secrets] table for WSO2&apos;s cipher tool.</source>
        <translation>Las contraseñas pasan a ser referencias $secret{alias}, con una tabla [secrets] para la herramienta de cifrado de WSO2.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Primary keystore</source>
        <translation>Almacén de claves principal</translation>
    </message>
    <message>
        <source>Truststore</source>
        <translation>Almacén de confianza</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Gateway environments</source>
        <translation>Entornos de pasarela</translation>
    </message>
    <message>
        <source>Cache invalidation</source>
        <translation>Invalidación de caché</translation>
    </message>
    <message>
        <source>JMS heartbeat</source>
        <translation>Heartbeat JMS</translation>
    </message>
    <message>
        <source>Artifacts the gateways skip</source>
        <translation>Artefactos que omiten las pasarelas</translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3.</source>
        <translation>%1 debe estar entre %2 y %3.</translation>
    </message>
    <message>
        <source>unsupported API-M version &apos;%1&apos; (%2 to %3 are known)</source>
        <translation>versión de API-M «%1» no admitida (se conocen de %2 a %3)</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation>%1 debe ser uno de %2, no «%3».</translation>
    </message>
    <message>
        <source>Gateway analytics:</source>
        <translation>Analítica de las pasarelas:</translation>
    </message>
    <message>
        <source>Choreo configuration endpoint:</source>
        <translation>Punto de configuración de Choreo:</translation>
    </message>
    <message>
        <source>On-premises key or Moesif id:</source>
        <translation>Clave local o id de Moesif:</translation>
    </message>
    <message>
        <source>Service user:</source>
        <translation>Usuario del servicio:</translation>
    </message>
    <message>
        <source>API-M homes under:</source>
        <translation>Directorios de API-M bajo:</translation>
    </message>
    <message>
        <source>The gateways&apos; [apim.analytics]. cloud: Choreo analytics up to 4.5 (configuration endpoint and on-premises key), Moesif from 4.6 (its application id); elk: the gateways log analytics events for ELK (4.2+).</source>
        <translation>El bloque [apim.analytics] de las pasarelas. cloud: analítica de Choreo hasta 4.5 (punto de configuración y clave local), Moesif desde 4.6 (su id de aplicación); elk: las pasarelas registran eventos de analítica para ELK (4.2 y posteriores).</translation>
    </message>
    <message>
        <source>The account the systemd units run API-M as; it must own the API-M homes and the 0600 files in them.</source>
        <translation>La cuenta con la que las unidades systemd ejecutan API-M; debe ser propietaria de los directorios de API-M y de los archivos 0600 que contienen.</translation>
    </message>
    <message>
        <source>The service user must be a system account name: lower-case letters, digits, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>El usuario del servicio debe ser un nombre de cuenta del sistema: minúsculas, dígitos, &apos;_&apos; y &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Each node&apos;s API-M home is this folder plus the node&apos;s name, in its systemd unit and the README.</source>
        <translation>El directorio de API-M de cada nodo es esta carpeta más el nombre del nodo, en su unidad systemd y en el README.</translation>
    </message>
    <message>
        <source>The folder of the API-M homes must be an absolute path on one line, without $ &quot; &apos; or \.</source>
        <translation>La carpeta de los directorios de API-M debe ser una ruta absoluta en una línea, sin $ &quot; &apos; ni \.</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analítica</translation>
    </message>
    <message>
        <source>Services (systemd)</source>
        <translation>Servicios (systemd)</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>Deployment bundle (node files, README)</source>
        <translation>Paquete de despliegue (archivos de los nodos, README)</translation>
    </message>
    <message>
        <source>Ansible playbook</source>
        <translation>Playbook de Ansible</translation>
    </message>
    <message>
        <source>Docker Compose on one machine</source>
        <translation>Docker Compose en una máquina</translation>
    </message>
    <message>
        <source>Helm values for helm-apim</source>
        <translation>Valores de Helm para helm-apim</translation>
    </message>
    <message>
        <source>All of them</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>unknown target &apos;%1&apos;; choose one of: %2</source>
        <translation>destino «%1» desconocido; elija uno de: %2</translation>
    </message>
    <message>
        <source>The %1 target cannot express this design: %2</source>
        <translation>El destino %1 no puede expresar este diseño: %2</translation>
    </message>
    <message>
        <source>The %1 target was skipped: it cannot express this design: %2</source>
        <translation>Se omitió el destino %1: no puede expresar este diseño: %2</translation>
    </message>
</context>
<context>
    <name>FieldValidation</name>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 debe ser un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Elija uno de: %1.</translation>
    </message>
    <message>
        <source>“%1” is neither a host name nor an IPv6 address.</source>
        <translation>«%1» no es ni un nombre de host ni una dirección IPv6.</translation>
    </message>
    <message>
        <source>A host name has at most 253 characters.</source>
        <translation>Un nombre de host tiene como máximo 253 caracteres.</translation>
    </message>
    <message>
        <source>“%1” has an empty part between dots.</source>
        <translation>«%1» tiene una parte vacía entre puntos.</translation>
    </message>
    <message>
        <source>Each part of a host name has at most 63 characters.</source>
        <translation>Cada parte de un nombre de host tiene como máximo 63 caracteres.</translation>
    </message>
    <message>
        <source>“%1” is not a host name: “%2” is not allowed (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; are).</source>
        <translation>«%1» no es un nombre de host: «%2» no está permitido (sí lo están letras, dígitos, «-», «_» y «.»).</translation>
    </message>
    <message>
        <source>A part of a host name cannot start or end with &apos;-&apos;.</source>
        <translation>Una parte de un nombre de host no puede empezar ni terminar con «-».</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (four numbers from 0 to 255), and a host name cannot end in a number.</source>
        <translation>«%1» no es una dirección IPv4 (cuatro números de 0 a 255), y un nombre de host no puede terminar en un número.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>the super admin is still admin/admin</source>
        <translation>el superadministrador sigue siendo admin/admin</translation>
    </message>
    <message>
        <source>the keystore uses the shipped password wso2carbon</source>
        <translation>el almacén de claves usa la contraseña de fábrica wso2carbon</translation>
    </message>
    <message>
        <source>the truststore uses the shipped password wso2carbon</source>
        <translation>el almacén de confianza usa la contraseña de fábrica wso2carbon</translation>
    </message>
    <message>
        <source>the nodes keep WSO2&apos;s default certificate (CN=localhost); choose a private CA or your own under Certificates</source>
        <translation>los nodos conservan el certificado predeterminado de WSO2 (CN=localhost); elija una CA privada o la suya en Certificados</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 of %2 is not a valid host: %3</source>
        <translation>%1 de %2 no es un host válido: %3</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation>no se puede leer %1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>%1 holds no *.toml file</source>
        <translation>%1 no contiene ningún archivo *.toml</translation>
    </message>
    <message>
        <source>%1 is the [server] hostname of %2: imported as the load balancer %3 in front of them; each node keeps its name as its own hostname.</source>
        <translation>%1 es el [server] hostname de %2: importado como el balanceador de carga %3 delante de ellos; cada nodo conserva su nombre como nombre de host propio.</translation>
    </message>
    <message>
        <source>Check the nodes&apos; own hostnames and IPs: the files only name the balancer.</source>
        <translation>Compruebe los nombres de host y las IP de los nodos: los archivos solo nombran el balanceador.</translation>
    </message>
    <message>
        <source>Imported as %1: %2</source>
        <translation>Importado como %1: %2</translation>
    </message>
    <message>
        <source>If the role is wrong, set server_role in the file and import it again.</source>
        <translation>Si el rol es incorrecto, defina server_role en el archivo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 sets no [server] offset, but %2 of %3 reaches it at %4: imported with offset %5.</source>
        <translation>%1 no define un offset en [server], pero %2 de %3 lo alcanza en %4: importado con offset %5.</translation>
    </message>
    <message>
        <source>Set offset = %1 in the [server] table of %2, or correct the port.</source>
        <translation>Defina offset = %1 en la tabla [server] de %2, o corrija el puerto.</translation>
    </message>
    <message>
        <source>%1 and %2 are on different database servers; a node links to one database, so the design links it to the %3 server and keeps the other in its extra TOML.</source>
        <translation>%1 y %2 están en servidores de bases de datos distintos; un nodo se enlaza a una sola base de datos, así que el diseño lo enlaza al servidor %3 y conserva el otro en su TOML adicional.</translation>
    </message>
    <message>
        <source>Put apim_db and shared_db on one database server, or keep the second in the extra TOML.</source>
        <translation>Ponga apim_db y shared_db en un mismo servidor de bases de datos, o conserve el segundo en el TOML adicional.</translation>
    </message>
    <message>
        <source>Check that %1 really fronts these nodes.</source>
        <translation>Compruebe que %1 está realmente delante de estos nodos.</translation>
    </message>
    <message>
        <source>%1 names %2, which is no imported node: kept as an external endpoint.</source>
        <translation>%1 nombra %2, que no es ningún nodo importado: se conserva como endpoint externo.</translation>
    </message>
    <message>
        <source>Import that node&apos;s file too, or correct the host.</source>
        <translation>Importe también el archivo de ese nodo, o corrija el host.</translation>
    </message>
    <message>
        <source>Change the topology or the design settings to match, or edit the value in the node&apos;s extra TOML.</source>
        <translation>Cambie la topología o los ajustes del diseño para que coincidan, o edite el valor en el TOML adicional del nodo.</translation>
    </message>
    <message>
        <source>The file has %1 [[%2]] table(s); the design would write %3. Kept as they are.</source>
        <translation>El archivo tiene %1 tabla(s) [[%2]]; el diseño escribiría %3. Se conservan tal cual.</translation>
    </message>
    <message>
        <source>%1 points at %2; from the topology the designer would point it at %3. Kept as it is.</source>
        <translation>%1 apunta a %2; según la topología, el diseñador lo apuntaría a %3. Se conserva tal cual.</translation>
    </message>
    <message>
        <source>%1 is %2 in the file; the design would write %3. Kept as it is.</source>
        <translation>%1 es %2 en el archivo; el diseño escribiría %3. Se conserva tal cual.</translation>
    </message>
    <message>
        <source>This is a template, not a deployment.toml: line %1 holds %2.</source>
        <translation>Esto es una plantilla, no un deployment.toml: la línea %1 contiene %2.</translation>
    </message>
    <message>
        <source>Render it (helm template, the Ansible or Jinja run), then import the result.</source>
        <translation>Renderícela (helm template, la ejecución de Ansible o Jinja) e importe el resultado.</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML no válido: %1</translation>
    </message>
    <message>
        <source>Fix the file; the node keeps what could be read before the error.</source>
        <translation>Corrija el archivo; el nodo conserva lo que pudo leerse antes del error.</translation>
    </message>
    <message>
        <source>the file configures nothing that decides the role; its path names &apos;%1&apos;</source>
        <translation>el archivo no configura nada que decida el rol; su ruta nombra «%1»</translation>
    </message>
    <message>
        <source>the file configures nothing that decides the role; all-in-one assumed</source>
        <translation>el archivo no configura nada que decida el rol; se supone todo en uno</translation>
    </message>
    <message>
        <source>no server_role</source>
        <translation>sin server_role</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot;</source>
        <translation>server_role «%1»</translation>
    </message>
    <message>
        <source>its keys speak for it: %1</source>
        <translation>sus claves hablan por él: %1</translation>
    </message>
    <message>
        <source>other files name it in %1</source>
        <translation>otros archivos lo nombran en %1</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; is a 3.x profile; its closest 4.x role is the control plane</source>
        <translation>server_role «%1» es un perfil 3.x; su rol 4.x más cercano es el plano de control</translation>
    </message>
    <message>
        <source>[encryption] holds the symmetric key API-M 4.7 introduced</source>
        <translation>[encryption] contiene la clave simétrica que introdujo API-M 4.7</translation>
    </message>
    <message>
        <source>[apim] gateway_type lists APIPlatform, as the 4.7 control plane ships it</source>
        <translation>[apim] gateway_type incluye APIPlatform, como lo trae el plano de control 4.7</translation>
    </message>
    <message>
        <source>[[oauth.extensions.token_types]] uses the 4.7 token persistence issuer</source>
        <translation>[[oauth.extensions.token_types]] usa el emisor con persistencia de tokens de la 4.7</translation>
    </message>
    <message>
        <source>[apim] gateway_type lists Kong, as the 4.6 and later control planes ship it</source>
        <translation>[apim] gateway_type incluye Kong, como lo traen los planos de control 4.6 y posteriores</translation>
    </message>
    <message>
        <source>[apim.distributed_throttling] came with 4.6</source>
        <translation>[apim.distributed_throttling] llegó con la 4.6</translation>
    </message>
    <message>
        <source>[[apim.tenant_sharing]] came with 4.6</source>
        <translation>[[apim.tenant_sharing]] llegó con la 4.6</translation>
    </message>
    <message>
        <source>[apim] gateway_type is what the 4.5 and later packs ship</source>
        <translation>[apim] gateway_type es lo que traen los paquetes 4.5 y posteriores</translation>
    </message>
    <message>
        <source>[apim.gateway_notification] came with the 4.5 gateways</source>
        <translation>[apim.gateway_notification] llegó con las pasarelas 4.5</translation>
    </message>
    <message>
        <source>[[apim.analytics.url_group]] is the 3.x analytics configuration</source>
        <translation>[[apim.analytics.url_group]] es la configuración de analítica de 3.x</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; is no API-M 4.x role but a 3.x profile</source>
        <translation>server_role «%1» no es un rol de API-M 4.x sino un perfil 3.x</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; is a profile of the 4.1 to 4.4 single pack</source>
        <translation>server_role «%1» es un perfil del paquete único 4.1 a 4.4</translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; on a %2 is what the separate 4.5+ distributions write</source>
        <translation>server_role «%1» en un %2 es lo que escriben las distribuciones separadas 4.5+</translation>
    </message>
    <message>
        <source>it defines gateway environments but no gateway labels, as 3.x did</source>
        <translation>define entornos de pasarela pero ninguna etiqueta de pasarela, como en 3.x</translation>
    </message>
    <message>
        <source>its active &quot;Default&quot; gateway environment on localhost is what the 4.6+ control plane pack ships</source>
        <translation>su entorno de pasarela «Default» activo en localhost es lo que trae el paquete del plano de control 4.6+</translation>
    </message>
    <message>
        <source>it configures no database, as the 4.7 %1 pack ships</source>
        <translation>no configura ninguna base de datos, como lo trae el paquete %1 de la 4.7</translation>
    </message>
    <message>
        <source>4.%1 to 4.%2</source>
        <translation>4.%1 a 4.%2</translation>
    </message>
    <message>
        <source>The files are an API-M 3.x set: %1. The designer generates 4.1 to 4.7 only; the design targets %2 and the review reads the files as they are.</source>
        <translation>Los archivos son un conjunto de API-M 3.x: %1. El diseñador genera solo para 4.1 a 4.7; el diseño apunta a %2 y la revisión lee los archivos tal cual.</translation>
    </message>
    <message>
        <source>The files show API-M %1: %2. The design targets %3.</source>
        <translation>Los archivos indican API-M %1: %2. El diseño apunta a %3.</translation>
    </message>
    <message>
        <source>Move the set to API-M 4.1 or later before generating files from it.</source>
        <translation>Migre el conjunto a API-M 4.1 o posterior antes de generar archivos a partir de él.</translation>
    </message>
    <message>
        <source>Set the exact version in the design settings if the files are for another release.</source>
        <translation>Indique la versión exacta en los ajustes del diseño si los archivos son de otra versión.</translation>
    </message>
    <message>
        <source>%1 is a service name that fits %2 alike: imported as the load balancer %3 in front of them.</source>
        <translation>%1 es un nombre de servicio que encaja por igual con %2: importado como el balanceador de carga %3 delante de ellos.</translation>
    </message>
</context>
<context>
    <name>ImporterTr</name>
    <message>
        <source>%1 is no node&apos;s hostname but the service URL next to endpoints of %2 nodes: imported as the load balancer %3 in front of them.</source>
        <translation>%1 no es el nombre de host de ningún nodo, sino la URL de servicio junto a los endpoints de %2 nodos: importado como el balanceador de carga %3 delante de ellos.</translation>
    </message>
    <message>
        <source>Check that %1 really fronts these nodes.</source>
        <translation>Compruebe que %1 está realmente delante de estos nodos.</translation>
    </message>
</context>
<context>
    <name>InspectorOrigin</name>
    <message>
        <source>inferred</source>
        <translation>inferido</translation>
    </message>
    <message>
        <source>A deployment.toml does not name its node: the name comes from the file&apos;s path or the name its peers use.</source>
        <translation>Un deployment.toml no nombra su nodo: el nombre procede de la ruta del archivo o del nombre que usan sus pares.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>From %1 in the node&apos;s file.</source>
        <translation>De %1 en el archivo del nodo.</translation>
    </message>
    <message>
        <source>own host</source>
        <translation>host propio</translation>
    </message>
    <message>
        <source>The file&apos;s %1, “%2”, is the load balancer&apos;s, and the designer writes the balancer&apos;s there too. This is the node&apos;s own host (hosts files, links); it is not a key of the node&apos;s file.</source>
        <translation>El %1 del archivo, «%2», es el del balanceador de carga, y el diseñador también escribe ahí el del balanceador. Este es el host propio del nodo (archivos hosts, enlaces); no es una clave del archivo del nodo.</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>The file sets %1 = “%2”; the designer writes this value instead.</source>
        <translation>El archivo establece %1 = «%2»; el diseñador escribe este valor en su lugar.</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>The file does not set %1: the default.</source>
        <translation>El archivo no establece %1: el valor predeterminado.</translation>
    </message>
    <message>
        <source>Not a key of deployment.toml: the default.</source>
        <translation>No es una clave de deployment.toml: el valor predeterminado.</translation>
    </message>
    <message>
        <source>The file does not set %1: inferred from the other files of the set, or set in the designer.</source>
        <translation>El archivo no establece %1: inferido de los demás archivos del conjunto, o establecido en el diseñador.</translation>
    </message>
    <message>
        <source>Not a key of deployment.toml: set in the designer.</source>
        <translation>No es una clave de deployment.toml: establecido en el diseñador.</translation>
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
        <translation>El nombre está vacío.</translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation>El nombre tiene más de 64 caracteres.</translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; in a name.</source>
        <translation>Use solo letras, dígitos, «-», «_» y «.» en un nombre.</translation>
    </message>
    <message>
        <source>A name cannot start with &apos;.&apos; or &apos;-&apos;.</source>
        <translation>Un nombre no puede empezar por «.» ni por «-».</translation>
    </message>
    <message>
        <source>Windows reserves this name for a device.</source>
        <translation>Windows reserva este nombre para un dispositivo.</translation>
    </message>
</context>
<context>
    <name>NodeClipboard</name>
    <message>
        <source>clipboard</source>
        <translation>portapapeles</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation>
            <numerusform>Pegar %n nodo</numerusform>
            <numerusform>Pegar %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n node(s)</source>
        <translation>
            <numerusform>Duplicar %n nodo</numerusform>
            <numerusform>Duplicar %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cut %n node(s)</source>
        <translation>
            <numerusform>Cortar %n nodo</numerusform>
            <numerusform>Cortar %n nodos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>no hostname</source>
        <translation>sin nombre de host</translation>
    </message>
    <message>
        <source>Drag to another node to link them; the nodes that accept the link light up.</source>
        <translation>Arrastre hasta otro nodo para enlazarlos; los nodos que aceptan el enlace se iluminan.</translation>
    </message>
</context>
<context>
    <name>ProblemsDetail</name>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>the design as a whole</source>
        <translation>el diseño en su conjunto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Notificado</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1 veces</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>missing key &apos;%1&apos;</source>
        <translation>falta la clave «%1»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation>«%1» debe ser una cadena</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an integer</source>
        <translation>«%1» debe ser un entero</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation>«%1» debe estar entre %2 y %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation>«%1» debe ser un número</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of strings</source>
        <translation>«%1» debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must hold strings only</source>
        <translation>«%1» solo debe contener cadenas</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a table</source>
        <translation>«%1» debe ser una tabla</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation>clave «%1» desconocida en %2</translation>
    </message>
    <message>
        <source>missing table [design]</source>
        <translation>falta la tabla [design]</translation>
    </message>
    <message>
        <source>&apos;environment&apos; must be an array of tables ([[environment]])</source>
        <translation>«environment» debe ser una matriz de tablas ([[environment]])</translation>
    </message>
    <message>
        <source>environment type must be hybrid, production or sandbox</source>
        <translation>el tipo de entorno debe ser hybrid, production o sandbox</translation>
    </message>
    <message>
        <source>duplicate environment &apos;%1&apos;</source>
        <translation>entorno «%1» duplicado</translation>
    </message>
    <message>
        <source>unknown node kind &apos;%1&apos;</source>
        <translation>tipo de nodo «%1» desconocido</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of: %2</source>
        <translation>«%1» debe ser uno de: %2</translation>
    </message>
    <message>
        <source>node name &apos;%1&apos;: %2</source>
        <translation>nombre de nodo «%1»: %2</translation>
    </message>
    <message>
        <source>duplicate node name &apos;%1&apos;</source>
        <translation>nombre de nodo «%1» duplicado</translation>
    </message>
    <message>
        <source>link from unknown node &apos;%1&apos;</source>
        <translation>enlace desde un nodo desconocido «%1»</translation>
    </message>
    <message>
        <source>link to unknown node &apos;%1&apos;</source>
        <translation>enlace hacia un nodo desconocido «%1»</translation>
    </message>
    <message>
        <source>invalid link %1 -&gt; %2: %3</source>
        <translation>enlace no válido %1 -&gt; %2: %3</translation>
    </message>
    <message>
        <source>not a project file: format_version is missing</source>
        <translation>no es un archivo de proyecto: falta format_version</translation>
    </message>
    <message>
        <source>format_version must be a positive integer</source>
        <translation>format_version debe ser un entero positivo</translation>
    </message>
    <message>
        <source>written by a newer version of the designer (format %1; this version reads up to %2). Update the designer to open it.</source>
        <translation>escrito por una versión más reciente del diseñador (formato %1; esta versión lee hasta el %2). Actualice el diseñador para abrirlo.</translation>
    </message>
    <message>
        <source>the file&apos;s top level</source>
        <translation>el nivel superior del archivo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of tables ([[%1]])</source>
        <translation>«%1» debe ser una matriz de tablas ([[%1]])</translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation>el archivo supera los %1 bytes</translation>
    </message>
</context>
<context>
    <name>QuickFix</name>
    <message>
        <source>The node this fix changes no longer exists.</source>
        <translation>El nodo que cambia esta corrección ya no existe.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>%1 no tiene el campo %2.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is already what this fix sets.</source>
        <translation>El %2 de %1 ya tiene el valor que establece esta corrección.</translation>
    </message>
    <message>
        <source>The design already has the gateway environments this fix adds.</source>
        <translation>El diseño ya tiene los entornos de pasarela que añade esta corrección.</translation>
    </message>
    <message>
        <source>The design has no setting %1.</source>
        <translation>El diseño no tiene el ajuste %1.</translation>
    </message>
    <message>
        <source>%1 is already what this fix sets.</source>
        <translation>%1 ya tiene el valor que establece esta corrección.</translation>
    </message>
    <message>
        <source>A node this fix links no longer exists.</source>
        <translation>Un nodo que enlaza esta corrección ya no existe.</translation>
    </message>
    <message>
        <source>%1 is already linked to %2.</source>
        <translation>%1 ya está enlazado a %2.</translation>
    </message>
    <message>
        <source>%1 is no longer linked to %2.</source>
        <translation>%1 ya no está enlazado a %2.</translation>
    </message>
    <message>
        <source>This fix edits a config file, not the design.</source>
        <translation>Esta corrección edita un archivo de configuración, no el diseño.</translation>
    </message>
    <message>
        <source>This fix has nothing to do.</source>
        <translation>Esta corrección no tiene nada que hacer.</translation>
    </message>
    <message>
        <source>This fix removes a link it adds.</source>
        <translation>Esta corrección quita un enlace que añade.</translation>
    </message>
    <message>
        <source>This fix changes the design, not a config file.</source>
        <translation>Esta corrección cambia el diseño, no un archivo de configuración.</translation>
    </message>
    <message>
        <source>%1 is not one of the files being fixed.</source>
        <translation>%1 no es uno de los archivos que se corrigen.</translation>
    </message>
    <message>
        <source>%1:%2: the text changed since the fix was made.</source>
        <translation>%1:%2: el texto cambió desde que se creó la corrección.</translation>
    </message>
    <message>
        <source>%1:%2: two steps of this fix edit the same text.</source>
        <translation>%1:%2: dos pasos de esta corrección editan el mismo texto.</translation>
    </message>
    <message>
        <source>It edits text that an earlier fix changes.</source>
        <translation>Edita texto que cambia una corrección anterior.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>TOML syntax</source>
        <translation>Sintaxis TOML</translation>
    </message>
    <message>
        <source>not valid TOML</source>
        <translation>TOML no válido</translation>
    </message>
    <message>
        <source>Template, not a config</source>
        <translation>Plantilla, no configuración</translation>
    </message>
    <message>
        <source>a Helm, Jinja or ERB template or a &lt;host&gt; placeholder where a deployment.toml belongs</source>
        <translation>una plantilla Helm, Jinja o ERB o un marcador &lt;host&gt; donde corresponde un deployment.toml</translation>
    </message>
    <message>
        <source>Table order</source>
        <translation>Orden de las tablas</translation>
    </message>
    <message>
        <source>a sub-table before its parent table, or [apim] enable_secure_vault after [apim.*]</source>
        <translation>una subtabla antes de su tabla padre, o [apim] enable_secure_vault después de [apim.*]</translation>
    </message>
    <message>
        <source>Secrets table last</source>
        <translation>Tabla de secretos al final</translation>
    </message>
    <message>
        <source>[secrets] is not the last table</source>
        <translation>[secrets] no es la última tabla</translation>
    </message>
    <message>
        <source>Undefined secret</source>
        <translation>Secreto no definido</translation>
    </message>
    <message>
        <source>a $secret{x} with no x in [secrets]</source>
        <translation>un $secret{x} sin x en [secrets]</translation>
    </message>
    <message>
        <source>Unmatched gateway label</source>
        <translation>Etiqueta de pasarela sin correspondencia</translation>
    </message>
    <message>
        <source>a gateway label with no gateway environment of that name</source>
        <translation>una etiqueta de pasarela sin entorno de pasarela con ese nombre</translation>
    </message>
    <message>
        <source>Duplicate gateway environment</source>
        <translation>Entorno de pasarela duplicado</translation>
    </message>
    <message>
        <source>two [[apim.gateway.environment]] tables with one name</source>
        <translation>dos tablas [[apim.gateway.environment]] con un mismo nombre</translation>
    </message>
    <message>
        <source>Unknown host</source>
        <translation>Host desconocido</translation>
    </message>
    <message>
        <source>a URL naming a host that is no node or load balancer of the design</source>
        <translation>una URL que nombra un host que no es nodo ni balanceador de carga del diseño</translation>
    </message>
    <message>
        <source>Throttle endpoints</source>
        <translation>Endpoints de limitación</translation>
    </message>
    <message>
        <source>throttle endpoints missing a node, naming a load balancer or using a wrong port</source>
        <translation>endpoints de limitación a los que les falta un nodo, que nombran un balanceador de carga o usan un puerto incorrecto</translation>
    </message>
    <message>
        <source>Event hub in HA</source>
        <translation>Event hub en HA</translation>
    </message>
    <message>
        <source>HA control planes without an event hub, or duplicating events to the wrong nodes</source>
        <translation>planos de control HA sin event hub, o que duplican eventos a los nodos equivocados</translation>
    </message>
    <message>
        <source>Port conflict</source>
        <translation>Conflicto de puertos</translation>
    </message>
    <message>
        <source>two nodes on one machine listening on the same port</source>
        <translation>dos nodos de una misma máquina escuchan en el mismo puerto</translation>
    </message>
    <message>
        <source>Port placeholder across offsets</source>
        <translation>Marcador de puerto entre offsets</translation>
    </message>
    <message>
        <source>a ${...port} placeholder in a URL to a node with another offset</source>
        <translation>un marcador ${...port} en una URL hacia un nodo con otro offset</translation>
    </message>
    <message>
        <source>Default credentials</source>
        <translation>Credenciales predeterminadas</translation>
    </message>
    <message>
        <source>admin/admin or the shipped wso2carbon keystore passwords</source>
        <translation>admin/admin o las contraseñas de fábrica wso2carbon del almacén de claves</translation>
    </message>
    <message>
        <source>Keystore mismatch</source>
        <translation>Almacenes de claves distintos</translation>
    </message>
    <message>
        <source>the primary keystore differs between API-M nodes</source>
        <translation>el almacén de claves principal difiere entre los nodos de API-M</translation>
    </message>
    <message>
        <source>H2 in a distributed design</source>
        <translation>H2 en un diseño distribuido</translation>
    </message>
    <message>
        <source>an H2 apim_db or shared_db in a multi-node design</source>
        <translation>una apim_db o shared_db H2 en un diseño de varios nodos</translation>
    </message>
    <message>
        <source>Single-node role</source>
        <translation>Rol de un solo nodo</translation>
    </message>
    <message>
        <source>a role with one node only, so no high availability</source>
        <translation>un rol con un único nodo, por lo tanto sin alta disponibilidad</translation>
    </message>
    <message>
        <source>Missing proxy port</source>
        <translation>Falta el puerto de proxy</translation>
    </message>
    <message>
        <source>a node behind a load balancer without proxyPort</source>
        <translation>un nodo detrás de un balanceador de carga sin proxyPort</translation>
    </message>
    <message>
        <source>localhost as hostname</source>
        <translation>localhost como nombre de host</translation>
    </message>
    <message>
        <source>[server] hostname is localhost in a multi-node design</source>
        <translation>[server] hostname es localhost en un diseño de varios nodos</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Clave desconocida</translation>
    </message>
    <message>
        <source>a key API-M does not know</source>
        <translation>una clave que API-M no conoce</translation>
    </message>
    <message>
        <source>Version and topology</source>
        <translation>Versión y topología</translation>
    </message>
    <message>
        <source>a design the chosen API-M version cannot run: a missing kind, profile, traffic manager or encryption key, or too many key-value stores</source>
        <translation>un diseño que la versión de API-M elegida no puede ejecutar: falta un tipo, un perfil, un gestor de tráfico o una clave de cifrado, o hay demasiados almacenes clave-valor</translation>
    </message>
    <message>
        <source>Endpoint reaches no node</source>
        <translation>Endpoint que no llega a ningún nodo</translation>
    </message>
    <message>
        <source>a localhost URL on a port no node of the machine listens on</source>
        <translation>una URL de localhost en un puerto en el que no escucha ningún nodo de la máquina</translation>
    </message>
    <message>
        <source>Endpoint points at itself</source>
        <translation>Endpoint que apunta a sí mismo</translation>
    </message>
    <message>
        <source>a URL naming its own node where another node&apos;s service belongs</source>
        <translation>una URL que nombra su propio nodo donde corresponde el servicio de otro nodo</translation>
    </message>
    <message>
        <source>Endpoint port and offset</source>
        <translation>Puerto y offset del endpoint</translation>
    </message>
    <message>
        <source>the right node but a port its offset does not give the listener</source>
        <translation>el nodo correcto pero un puerto que su offset no da al listener</translation>
    </message>
    <message>
        <source>Endpoint target kind</source>
        <translation>Tipo de destino del endpoint</translation>
    </message>
    <message>
        <source>a URL reaching a node that does not provide that service in the version</source>
        <translation>una URL que llega a un nodo que no presta ese servicio en esa versión</translation>
    </message>
    <message>
        <source>HA endpoint list</source>
        <translation>Lista de endpoints HA</translation>
    </message>
    <message>
        <source>Unused service node</source>
        <translation>Nodo de servicio sin uso</translation>
    </message>
    <message>
        <source>a traffic manager or key manager no endpoint of another node reaches</source>
        <translation>un gestor de tráfico o de claves al que no llega ningún endpoint de otro nodo</translation>
    </message>
    <message>
        <source>Gateway key manager</source>
        <translation>Gestor de claves de la pasarela</translation>
    </message>
    <message>
        <source>Database TLS off</source>
        <translation>TLS de base de datos desactivado</translation>
    </message>
    <message>
        <source>useSSL=false or encrypt=false in a JDBC URL</source>
        <translation>useSSL=false o encrypt=false en una URL JDBC</translation>
    </message>
    <message>
        <source>Weak database user</source>
        <translation>Usuario de base de datos débil</translation>
    </message>
    <message>
        <source>a database user that is root, or a password equal to the user name</source>
        <translation>un usuario de base de datos que es root, o una contraseña igual al nombre de usuario</translation>
    </message>
    <message>
        <source>Hostname check off</source>
        <translation>Comprobación de nombre de host desactivada</translation>
    </message>
    <message>
        <source>HostnameVerifier = &quot;AllowAll&quot;: any certificate name is accepted</source>
        <translation>HostnameVerifier = &quot;AllowAll&quot;: se acepta cualquier nombre de certificado</translation>
    </message>
    <message>
        <source>Placeholder left in</source>
        <translation>Marcador sin reemplazar</translation>
    </message>
    <message>
        <source>a template placeholder or YOUR_..._HERE in a value API-M reads, in a file that parses</source>
        <translation>un marcador de plantilla o YOUR_..._HERE en un valor que lee API-M, en un archivo que se puede analizar</translation>
    </message>
    <message>
        <source>Shipped primary keystore</source>
        <translation>Almacén de claves principal de fábrica</translation>
    </message>
    <message>
        <source>[keystore.primary] (else [keystore.tls]) is the shipped wso2carbon.jks: tokens are signed with a publicly known key</source>
        <translation>[keystore.primary] (si no, [keystore.tls]) es el wso2carbon.jks de fábrica: los tokens se firman con una clave conocida públicamente</translation>
    </message>
    <message>
        <source>localhost advertised</source>
        <translation>localhost anunciado</translation>
    </message>
    <message>
        <source>localhost in a gateway environment&apos;s endpoints or the devportal URL</source>
        <translation>localhost en los endpoints de un entorno de pasarela o en la URL del portal de desarrolladores</translation>
    </message>
    <message>
        <source>No AMQP heartbeat</source>
        <translation>Sin heartbeat AMQP</translation>
    </message>
    <message>
        <source>a control plane serving other nodes over AMQP without [qpid.heartbeat]</source>
        <translation>un plano de control que sirve a otros nodos por AMQP sin [qpid.heartbeat]</translation>
    </message>
    <message>
        <source>Version from the files</source>
        <translation>Versión según los archivos</translation>
    </message>
    <message>
        <source>imported files show API-M 4.5 or later, or a 3.x set; which, and why</source>
        <translation>los archivos importados indican API-M 4.5 o posterior, o un conjunto 3.x; cuál, y por qué</translation>
    </message>
    <message>
        <source>[apim] with enable_secure_vault comes after %1 (line %2): API-M refuses to start.</source>
        <translation>[apim] con enable_secure_vault viene después de %1 (línea %2): API-M se niega a arrancar.</translation>
    </message>
    <message>
        <source>%1 comes after its sub-table %2 (line %3): valid TOML, but API-M refuses to start.</source>
        <translation>%1 viene después de su subtabla %2 (línea %3): TOML válido, pero API-M se niega a arrancar.</translation>
    </message>
    <message>
        <source>Put [apim] enable_secure_vault = true before every other [apim] table.</source>
        <translation>Ponga [apim] enable_secure_vault = true antes de cualquier otra tabla [apim].</translation>
    </message>
    <message>
        <source>Move %1 and its keys above line %2.</source>
        <translation>Mueva %1 y sus claves por encima de la línea %2.</translation>
    </message>
    <message>
        <source>[secrets] is followed by %1 (line %2); API-M reads secrets only from the end of the file.</source>
        <translation>[secrets] va seguida de %1 (línea %2); API-M solo lee los secretos al final del archivo.</translation>
    </message>
    <message>
        <source>Move [secrets] and its keys to the very end of the file.</source>
        <translation>Mueva [secrets] y sus claves al final del archivo.</translation>
    </message>
    <message>
        <source>[secrets] is followed by [%1]; API-M reads secrets only from the end of the file.</source>
        <translation>[secrets] va seguida de [%1]; API-M solo lee los secretos al final del archivo.</translation>
    </message>
    <message>
        <source>Move [secrets] to the end of the node&apos;s extra TOML.</source>
        <translation>Mueva [secrets] al final del TOML adicional del nodo.</translation>
    </message>
    <message>
        <source>$secret{%1} has no %1 in [secrets]; API-M cannot resolve it.</source>
        <translation>$secret{%1} no tiene %1 en [secrets]; API-M no puede resolverlo.</translation>
    </message>
    <message>
        <source>Add %1 = &quot;[plaintext]&quot; under [secrets] at the end of the file, then run ciphertool.</source>
        <translation>Añada %1 = &quot;[plaintext]&quot; en [secrets] al final del archivo y ejecute ciphertool.</translation>
    </message>
    <message>
        <source>%1 is an array of tables in API-M: write [[%2]].</source>
        <translation>%1 es una matriz de tablas en API-M: escriba [[%2]].</translation>
    </message>
    <message>
        <source>API-M 4.x does not know the key %1.</source>
        <translation>API-M 4.x no conoce la clave %1.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
    <message>
        <source>API-M ignores keys it does not know: check the spelling against the configuration catalogue.</source>
        <translation>API-M ignora las claves que no conoce: compruebe la ortografía en el catálogo de configuración.</translation>
    </message>
    <message>
        <source>This is a template, not a deployment.toml: line %1 holds %2.</source>
        <translation>Esto es una plantilla, no un deployment.toml: la línea %1 contiene %2.</translation>
    </message>
    <message>
        <source>Render it (helm template, the Ansible or Jinja run) and review the result; API-M reads no template.</source>
        <translation>Renderícela (helm template, la ejecución de Ansible o Jinja) y revise el resultado; API-M no lee plantillas.</translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation>TOML no válido: %1</translation>
    </message>
    <message>
        <source>Fix the syntax at this position; API-M will not start with this file.</source>
        <translation>Corrija la sintaxis en esta posición; API-M no arrancará con este archivo.</translation>
    </message>
    <message>
        <source>The extra TOML of %1 is not valid TOML (line %2): %3</source>
        <translation>El TOML adicional de %1 no es TOML válido (línea %2): %3</translation>
    </message>
    <message>
        <source>Fix it in the node&apos;s inspector; until then it is left out of the export.</source>
        <translation>Corríjalo en el inspector del nodo; hasta entonces queda fuera de la exportación.</translation>
    </message>
    <message>
        <source>[database.%1] url sets %2=false: the connection to the database, passwords included, travels unencrypted.</source>
        <translation>La url de [database.%1] define %2=false: la conexión a la base de datos, contraseñas incluidas, viaja sin cifrar.</translation>
    </message>
    <message>
        <source>Remove %1=false (or set it to true) and give the database a certificate the node trusts.</source>
        <translation>Elimine %1=false (o póngalo a true) y dé a la base de datos un certificado en el que confíe el nodo.</translation>
    </message>
    <message>
        <source>[database.%1] connects as root: a leaked node password gives the whole database server away.</source>
        <translation>[database.%1] se conecta como root: una contraseña de nodo filtrada entrega todo el servidor de bases de datos.</translation>
    </message>
    <message>
        <source>[database.%1] password is its user name &quot;%2&quot;: the first guess of anyone who reaches the database.</source>
        <translation>La contraseña de [database.%1] es su nombre de usuario «%2»: lo primero que prueba cualquiera que llegue a la base de datos.</translation>
    </message>
    <message>
        <source>Create a user for API-M with rights on its own schema only, with a strong password kept in [secrets].</source>
        <translation>Cree para API-M un usuario con derechos solo sobre su propio esquema, con una contraseña robusta guardada en [secrets].</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot;: the node accepts any certificate name, so anyone between it and a backend can pose as that backend.</source>
        <translation>%1 = «%2»: el nodo acepta cualquier nombre de certificado, así que cualquiera entre él y un backend puede hacerse pasar por ese backend.</translation>
    </message>
    <message>
        <source>Use &quot;DefaultAndLocalhost&quot; (or &quot;Strict&quot;) and give the backends certificates that name them.</source>
        <translation>Use «DefaultAndLocalhost» (o «Strict») y dé a los backends certificados que los nombren.</translation>
    </message>
    <message>
        <source>%1 still holds the placeholder %2: API-M takes it literally.</source>
        <translation>%1 todavía contiene el marcador %2: API-M lo toma literalmente.</translation>
    </message>
    <message>
        <source>Fill in the real value (render the template, or edit the sample), or remove the key.</source>
        <translation>Rellene el valor real (renderice la plantilla o edite el ejemplo), o elimine la clave.</translation>
    </message>
    <message>
        <source>The gateway environment &quot;%1&quot; shows API consumers %2 = %3: localhost is their own machine, not the gateway.</source>
        <translation>El entorno de pasarela «%1» muestra a los consumidores de las API %2 = %3: localhost es su propia máquina, no la pasarela.</translation>
    </message>
    <message>
        <source>Use the gateways&apos; public host name (their load balancer&apos;s) in every endpoint of the environment.</source>
        <translation>Use el nombre de host público de las pasarelas (el de su balanceador de carga) en todos los endpoints del entorno.</translation>
    </message>
    <message>
        <source>[apim.devportal] url = %1: the links the portals send to consumers name localhost.</source>
        <translation>[apim.devportal] url = %1: los enlaces que los portales envían a los consumidores nombran localhost.</translation>
    </message>
    <message>
        <source>Use the developer portal&apos;s public host name.</source>
        <translation>Use el nombre de host público del portal de desarrolladores.</translation>
    </message>
    <message>
        <source>%1 serves other nodes over AMQP without a [qpid.heartbeat] delay: idle connections time out, and gateways and traffic managers miss API and policy events.</source>
        <translation>%1 sirve a otros nodos por AMQP sin retardo de [qpid.heartbeat]: las conexiones inactivas caducan, y pasarelas y gestores de tráfico pierden eventos de API y de políticas.</translation>
    </message>
    <message>
        <source>Add [qpid.heartbeat] with delay = 60 and timeout_factor = 2.0.</source>
        <translation>Añada [qpid.heartbeat] con delay = 60 y timeout_factor = 2.0.</translation>
    </message>
    <message>
        <source>the super admin is admin/admin</source>
        <translation>el superadministrador es admin/admin</translation>
    </message>
    <message>
        <source>[keystore.%1] %2 is the shipped wso2carbon</source>
        <translation>%2 de [keystore.%1] es el wso2carbon de fábrica</translation>
    </message>
    <message>
        <source>the truststore password is the shipped wso2carbon</source>
        <translation>la contraseña del almacén de confianza es el wso2carbon de fábrica</translation>
    </message>
    <message>
        <source>the key-value store has no password</source>
        <translation>el almacén clave-valor no tiene contraseña</translation>
    </message>
    <message>
        <source>%1 keeps default credentials: %2.</source>
        <translation>%1 conserva credenciales predeterminadas: %2.</translation>
    </message>
    <message>
        <source>Change the super admin password, use your own keystore and truststore with their own passwords, and give the key-value store a password (requirepass); keep them in [secrets].</source>
        <translation>Cambie la contraseña del superadministrador, use su propio almacén de claves y de confianza con sus propias contraseñas, y dé una contraseña al almacén clave-valor (requirepass); guárdelas en [secrets].</translation>
    </message>
    <message>
        <source>%1 uses the primary keystore %2 (alias %3); most API-M nodes use %4 (alias %5). Data one node encrypts, another cannot read.</source>
        <translation>%1 usa el almacén de claves principal %2 (alias %3); la mayoría de los nodos de API-M usan %4 (alias %5). Los datos que cifra un nodo no los puede leer otro.</translation>
    </message>
    <message>
        <source>Use the same primary keystore file and alias on every API-M node.</source>
        <translation>Use el mismo archivo de almacén de claves principal y el mismo alias en todos los nodos de API-M.</translation>
    </message>
    <message>
        <source>[keystore.primary] of %1 is the shipped wso2carbon.jks, whose private key every API-M pack holds: anyone can sign tokens %1 accepts.</source>
        <translation>El [keystore.primary] de %1 es el wso2carbon.jks de fábrica, cuya clave privada contiene todo paquete de API-M: cualquiera puede firmar tokens que %1 acepta.</translation>
    </message>
    <message>
        <source>%1 has no [keystore.primary], so the TLS keystore signs tokens, and it is the shipped wso2carbon.jks, whose private key every API-M pack holds.</source>
        <translation>%1 no tiene [keystore.primary], así que el almacén de claves TLS firma los tokens, y es el wso2carbon.jks de fábrica, cuya clave privada contiene todo paquete de API-M.</translation>
    </message>
    <message>
        <source>Create your own keystore (keytool -genkeypair), use it on every node, and import its certificate into the truststores.</source>
        <translation>Cree su propio almacén de claves (keytool -genkeypair), úselo en todos los nodos e importe su certificado en los almacenes de confianza.</translation>
    </message>
    <message>
        <source>[database.%1] of %2 is an embedded H2 database in a design of %3 API-M nodes: each node would keep its own copy of data they must share.</source>
        <translation>[database.%1] de %2 es una base de datos H2 embebida en un diseño de %3 nodos de API-M: cada nodo guardaría su propia copia de datos que deben compartir.</translation>
    </message>
    <message>
        <source>Point %1 at the shared database server (MySQL, PostgreSQL, MSSQL, Oracle or DB2).</source>
        <translation>Apunte %1 al servidor de bases de datos compartido (MySQL, PostgreSQL, MSSQL, Oracle o DB2).</translation>
    </message>
    <message>
        <source>%1 serves the label &quot;%2&quot;, but no control plane of the design defines a gateway environment of that name: APIs stay in &quot;deployment pending&quot;.</source>
        <translation>%1 sirve la etiqueta «%2», pero ningún plano de control del diseño define un entorno de pasarela con ese nombre: las API se quedan «pendientes de despliegue».</translation>
    </message>
    <message>
        <source>%1 serves the label &quot;%2&quot;, but %3 define no gateway environment of that name: APIs stay in &quot;deployment pending&quot;.</source>
        <translation>%1 sirve la etiqueta «%2», pero %3 no definen ningún entorno de pasarela con ese nombre: las API se quedan «pendientes de despliegue».</translation>
    </message>
    <message>
        <source>Add a [[apim.gateway.environment]] named &quot;%1&quot; on the control planes, or fix the label.</source>
        <translation>Añada un [[apim.gateway.environment]] llamado «%1» en los planos de control, o corrija la etiqueta.</translation>
    </message>
    <message>
        <source>%1 defines the gateway environment &quot;%2&quot; twice (first at line %3): API-M keeps one, and APIs deployed to &quot;%2&quot; reach only its gateways.</source>
        <translation>%1 define dos veces el entorno de pasarela «%2» (la primera en la línea %3): API-M conserva uno, y las API desplegadas en «%2» solo llegan a sus pasarelas.</translation>
    </message>
    <message>
        <source>Rename one of them, or merge the two into one table.</source>
        <translation>Cambie el nombre de uno de ellos, o fusiónelos en una sola tabla.</translation>
    </message>
    <message>
        <source>%1 names the host %2, which is no node or load balancer of the design.</source>
        <translation>%1 nombra el host %2, que no es nodo ni balanceador de carga del diseño.</translation>
    </message>
    <message>
        <source>Add the node (or import its file), or correct the host. An external service may stay as it is.</source>
        <translation>Añada el nodo (o importe su archivo), o corrija el host. Un servicio externo puede quedarse como está.</translation>
    </message>
    <message>
        <source>[database.%1] names the host %2, which is no database or node of the design.</source>
        <translation>[database.%1] nombra el host %2, que no es base de datos ni nodo del diseño.</translation>
    </message>
    <message>
        <source>Add a database node with that hostname, or correct the host.</source>
        <translation>Añada un nodo de base de datos con ese nombre de host, o corrija el host.</translation>
    </message>
    <message>
        <source>%1 names the load balancer %2: throttle decisions and events must come from each node directly, or the subscriptions split between them.</source>
        <translation>%1 nombra el balanceador de carga %2: las decisiones de limitación y los eventos deben venir directamente de cada nodo, o las suscripciones se reparten entre ellos.</translation>
    </message>
    <message>
        <source>List every node of the cluster instead: %1.</source>
        <translation>Enumere en su lugar cada nodo del clúster: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 misses %3: that node&apos;s throttle decisions never reach the gateway.</source>
        <translation>A %1 de %2 le falta %3: las decisiones de limitación de ese nodo nunca llegan a la pasarela.</translation>
    </message>
    <message>
        <source>%1 has no %2, but it is linked to %3.</source>
        <translation>%1 no tiene %2, pero está enlazado a %3.</translation>
    </message>
    <message>
        <source>Add an entry for each of %1.</source>
        <translation>Añada una entrada para cada uno de %1.</translation>
    </message>
    <message>
        <source>%1 is one of %2 control planes behind %3 but has no [apim.event_hub]: token revocations and policy events reach one node only.</source>
        <translation>%1 es uno de los %2 planos de control detrás de %3 pero no tiene [apim.event_hub]: las revocaciones de tokens y los eventos de políticas solo llegan a un nodo.</translation>
    </message>
    <message>
        <source>Add [apim.event_hub] with event_duplicate_url naming %1.</source>
        <translation>Añada [apim.event_hub] con un event_duplicate_url que nombre %1.</translation>
    </message>
    <message>
        <source>it misses %1</source>
        <translation>le falta %1</translation>
    </message>
    <message>
        <source>%1 is no other control plane of the cluster</source>
        <translation>%1 no es ningún otro plano de control del clúster</translation>
    </message>
    <message>
        <source>event_duplicate_url of %1 must name exactly the other control planes behind %2: %3.</source>
        <translation>event_duplicate_url de %1 debe nombrar exactamente los demás planos de control detrás de %2: %3.</translation>
    </message>
    <message>
        <source>Set event_duplicate_url to the AMQP endpoints of %1.</source>
        <translation>Defina event_duplicate_url con los endpoints AMQP de %1.</translation>
    </message>
    <message>
        <source>%1 points at %2 with a port placeholder, which resolves on %3 with its offset %4; %2 has offset %5.</source>
        <translation>%1 apunta a %2 con un marcador de puerto, que se resuelve en %3 con su offset %4; %2 tiene offset %5.</translation>
    </message>
    <message>
        <source>Write %1&apos;s port literally.</source>
        <translation>Escriba literalmente el puerto de %1.</translation>
    </message>
    <message>
        <source>%1 and %2 are both on %3 and both listen on %4.</source>
        <translation>%1 y %2 están ambos en %3 y ambos escuchan en %4.</translation>
    </message>
    <message>
        <source>Give one of them another port offset, or put it on another machine.</source>
        <translation>Dé a uno de ellos otro offset de puertos, o póngalo en otra máquina.</translation>
    </message>
    <message>
        <source>[server] hostname is %1 in a design of %2 API-M nodes: the URLs this node hands out (and its certificates) name a host the others cannot reach.</source>
        <translation>[server] hostname es %1 en un diseño de %2 nodos de API-M: las URL que entrega este nodo (y sus certificados) nombran un host que los demás no pueden alcanzar.</translation>
    </message>
    <message>
        <source>Set the hostname other nodes and clients use for %1 (its load balancer&apos;s name when it has one).</source>
        <translation>Indique el nombre de host que usan los demás nodos y los clientes para %1 (el de su balanceador de carga si tiene uno).</translation>
    </message>
    <message>
        <source>%1 is behind the load balancer %2 but has no %3: its portals redirect to its own port.</source>
        <translation>%1 está detrás del balanceador de carga %2 pero no tiene %3: sus portales redirigen a su propio puerto.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Set proxyPort to the load balancer&apos;s ports (%1 and %2).</source>
        <translation>Ajuste proxyPort a los puertos del balanceador de carga (%1 y %2).</translation>
    </message>
    <message>
        <source>%1 is the only %2 of the design: when it stops, its role stops.</source>
        <translation>%1 es el único %2 del diseño: cuando se detiene, su rol se detiene.</translation>
    </message>
    <message>
        <source>Add a second %1 behind a load balancer for high availability.</source>
        <translation>Añada un segundo %1 detrás de un balanceador de carga para tener alta disponibilidad.</translation>
    </message>
    <message>
        <source>a key manager</source>
        <translation>un gestor de claves</translation>
    </message>
    <message>
        <source>a traffic manager</source>
        <translation>un gestor de tráfico</translation>
    </message>
    <message>
        <source>an event hub (a control plane)</source>
        <translation>un event hub (un plano de control)</translation>
    </message>
    <message>
        <source>a control plane</source>
        <translation>un plano de control</translation>
    </message>
    <message>
        <source>a gateway</source>
        <translation>una pasarela</translation>
    </message>
    <message>
        <source>another node of its own cluster</source>
        <translation>otro nodo de su propio clúster</translation>
    </message>
    <message>
        <source>a database</source>
        <translation>una base de datos</translation>
    </message>
    <message>
        <source>%1 = %2 points at this machine, but no node here listens on %3.</source>
        <translation>%1 = %2 apunta a esta máquina, pero ningún nodo escucha aquí en %3.</translation>
    </message>
    <message>
        <source>Name the node it must reach (%1) by its host, with its port.</source>
        <translation>Nombre el nodo que debe alcanzar (%1) por su host, con su puerto.</translation>
    </message>
    <message>
        <source>%1 = %2 points at %3 itself, which is not %4.</source>
        <translation>%1 = %2 apunta al propio %3, que no es %4.</translation>
    </message>
    <message>
        <source>Point it at %1 of the design.</source>
        <translation>Apúntelo a %1 del diseño.</translation>
    </message>
    <message>
        <source>%1 names the load balancer %2: each node of the list must be named directly, or events reach one of them only.</source>
        <translation>%1 nombra el balanceador de carga %2: cada nodo de la lista debe nombrarse directamente, o los eventos solo llegan a uno de ellos.</translation>
    </message>
    <message>
        <source>List each of its nodes instead.</source>
        <translation>Enumere en su lugar cada uno de sus nodos.</translation>
    </message>
    <message>
        <source>%1 = %2 reaches %3, which is not %4 in API-M %5.</source>
        <translation>%1 = %2 llega a %3, que no es %4 en API-M %5.</translation>
    </message>
    <message>
        <source>%1 listens on %2 (offset %3)</source>
        <translation>%1 escucha en %2 (offset %3)</translation>
    </message>
    <message>
        <source>%1 = %2: %3; %4 is nobody.</source>
        <translation>%1 = %2: %3; en %4 no escucha nadie.</translation>
    </message>
    <message>
        <source>Use port %1, or correct %2&apos;s offset.</source>
        <translation>Use el puerto %1, o corrija el offset de %2.</translation>
    </message>
    <message>
        <source>Use the port of the node it must reach.</source>
        <translation>Use el puerto del nodo que debe alcanzar.</translation>
    </message>
    <message>
        <source>%1 has no [apim.key_manager]: it validates tokens against a key manager on localhost, which a gateway does not run.</source>
        <translation>%1 no tiene [apim.key_manager]: valida los tokens contra un gestor de claves en localhost, que una pasarela no ejecuta.</translation>
    </message>
    <message>
        <source>Add [apim.key_manager] with the service_url, username and password of the key manager (or the control plane).</source>
        <translation>Añada [apim.key_manager] con el service_url, username y password del gestor de claves (o del plano de control).</translation>
    </message>
    <message>
        <source>No node&apos;s endpoint reaches %1: it is a %2 nobody uses.</source>
        <translation>Ningún endpoint de otro nodo llega a %1: es un %2 que nadie usa.</translation>
    </message>
    <message>
        <source>Name it in the gateways&apos; throttle_decision_endpoints and url groups, or remove it.</source>
        <translation>Nómbrelo en los throttle_decision_endpoints y url groups de las pasarelas, o elimínelo.</translation>
    </message>
    <message>
        <source>Name it in the gateways&apos; [apim.key_manager] service_url, or remove it.</source>
        <translation>Nómbrelo en el service_url de [apim.key_manager] de las pasarelas, o elimínelo.</translation>
    </message>
    <message>
        <source>%1 is a key-value store, but distributed throttling over Redis or Valkey only exists from API-M 4.6; the design targets %2.</source>
        <translation>%1 es un almacén clave-valor, pero la limitación distribuida con Redis o Valkey solo existe desde API-M 4.6; el diseño apunta a %2.</translation>
    </message>
    <message>
        <source>Choose API-M 4.6 or later, or remove the key-value store.</source>
        <translation>Elija API-M 4.6 o posterior, o elimine el almacén clave-valor.</translation>
    </message>
    <message>
        <source>%1 is WSO2 Identity Server 7, which API-M supports as key manager only from 4.4; the design targets %2.</source>
        <translation>%1 es WSO2 Identity Server 7, que API-M admite como gestor de claves solo desde la 4.4; el diseño apunta a %2.</translation>
    </message>
    <message>
        <source>Choose API-M 4.4 or later, or use the resident key manager or a key manager node.</source>
        <translation>Elija API-M 4.4 o posterior, o use el gestor de claves residente o un nodo gestor de claves.</translation>
    </message>
    <message>
        <source>API-M %1 ships no %2, so %3 cannot run.</source>
        <translation>API-M %1 no incluye %2, así que %3 no puede funcionar.</translation>
    </message>
    <message>
        <source>Choose a version that has this kind (README, Versions), or replace the node.</source>
        <translation>Elija una versión que tenga este tipo (README, Versiones), o sustituya el nodo.</translation>
    </message>
    <message>
        <source>%1 keeps server_role &quot;%2&quot;, a profile that a %3 of API-M %4 does not have: its pack says &quot;%5&quot;.</source>
        <translation>%1 conserva server_role «%2», un perfil que un %3 de API-M %4 no tiene: su paquete dice «%5».</translation>
    </message>
    <message>
        <source>Remove server_role from the node&apos;s kept TOML, or choose the version the file came from.</source>
        <translation>Quite server_role del TOML conservado del nodo, o elija la versión de la que viene el archivo.</translation>
    </message>
    <message>
        <source>%1: from API-M 4.5 the control plane holds no traffic manager, and the design (%2) has none.</source>
        <translation>%1: desde API-M 4.5 el plano de control no contiene gestor de tráfico, y el diseño (%2) no tiene ninguno.</translation>
    </message>
    <message>
        <source>Add a traffic manager node, or use all-in-one nodes with gateways.</source>
        <translation>Añada un nodo gestor de tráfico, o use nodos todo en uno con pasarelas.</translation>
    </message>
    <message>
        <source>Gateway %1 has no node to throttle through: in API-M %2 none of the nodes it links to holds a traffic manager.</source>
        <translation>La pasarela %1 no tiene ningún nodo a través del cual limitar: en API-M %2 ninguno de los nodos a los que se enlaza contiene un gestor de tráfico.</translation>
    </message>
    <message>
        <source>Link the gateway to a traffic manager, or to all-in-one nodes.</source>
        <translation>Enlace la pasarela a un gestor de tráfico, o a nodos todo en uno.</translation>
    </message>
    <message>
        <source>%1 is a second key-value store: the traffic managers share one Redis or Valkey address, and sharded clusters are not supported.</source>
        <translation>%1 es un segundo almacén clave-valor: los gestores de tráfico comparten una sola dirección de Redis o Valkey, y no se admiten clústeres fragmentados.</translation>
    </message>
    <message>
        <source>Keep one key-value store node and run its replicas behind its host name.</source>
        <translation>Conserve un solo nodo de almacén clave-valor y ejecute sus réplicas detrás de su nombre de host.</translation>
    </message>
    <message>
        <source>API-M %1 encrypts internal data with one symmetric key that every node must share, and the design has none.</source>
        <translation>API-M %1 cifra los datos internos con una clave simétrica que todos los nodos deben compartir, y el diseño no tiene ninguna.</translation>
    </message>
    <message>
        <source>Save or export the design once to create it, or set APIM_ENCRYPTION_KEY when the project stores no passwords.</source>
        <translation>Guarde o exporte el diseño una vez para crearla, o defina APIM_ENCRYPTION_KEY cuando el proyecto no guarda contraseñas.</translation>
    </message>
    <message>
        <source>The design&apos;s encryption key is not 64 hexadecimal characters.</source>
        <translation>La clave de cifrado del diseño no tiene 64 caracteres hexadecimales.</translation>
    </message>
    <message>
        <source>Clear it so that the designer creates a new one, or paste the key of the running deployment.</source>
        <translation>Vacíela para que el diseñador cree una nueva, o pegue la clave del despliegue en marcha.</translation>
    </message>
    <message>
        <source>Missing endpoint</source>
        <translation>Falta un endpoint</translation>
    </message>
    <message>
        <source>an imported node without the [apim.event_hub] or [apim.key_manager] its role needs in the set</source>
        <translation>un nodo importado sin la tabla [apim.event_hub] o [apim.key_manager] que su rol necesita en el conjunto</translation>
    </message>
    <message>
        <source>%1 has no %2: it does not reach %3, which the set has for that.</source>
        <translation>%1 no tiene %2: no llega a %3, que el conjunto tiene para eso.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Add %1 with service_url (and, for the event hub, event_listening_endpoints) naming %2.</source>
        <translation>Añada %1 con service_url (y, para el event hub, event_listening_endpoints) que nombre %2.</translation>
    </message>
    <message>
        <source>an event listening, publishing or duplication list naming a load balancer, or missing a node of the cluster it names</source>
        <translation>una lista de escucha, publicación o duplicación de eventos que nombra un balanceador de carga, o a la que le falta un nodo del clúster que nombra</translation>
    </message>
    <message>
        <source>a gateway without [apim.key_manager], or without credentials its key manager accepts</source>
        <translation>una pasarela sin [apim.key_manager], o sin credenciales que acepte su gestor de claves</translation>
    </message>
    <message>
        <source>Revoke endpoint</source>
        <translation>Endpoint de revocación</translation>
    </message>
    <message>
        <source>[apim.oauth_config] revoke_endpoint not ending in /revoke</source>
        <translation>[apim.oauth_config] revoke_endpoint que no termina en /revoke</translation>
    </message>
    <message>
        <source>Gateway environment type</source>
        <translation>Tipo de entorno de pasarela</translation>
    </message>
    <message>
        <source>a gateway environment whose type is not hybrid, production or sandbox</source>
        <translation>un entorno de pasarela cuyo tipo no es hybrid, production ni sandbox</translation>
    </message>
    <message>
        <source>Whole product as gateway</source>
        <translation>Producto completo como pasarela</translation>
    </message>
    <message>
        <source>a gateway environment naming an all-in-one, or a 4.0-4.4 gateway left on server_role &quot;default&quot;</source>
        <translation>un entorno de pasarela que nombra un nodo todo en uno, o una pasarela 4.0-4.4 que se dejó con server_role &quot;default&quot;</translation>
    </message>
    <message>
        <source>API-M 3.x key</source>
        <translation>Clave de API-M 3.x</translation>
    </message>
    <message>
        <source>a key only API-M 3.x reads, in a 4.x set</source>
        <translation>una clave que solo lee API-M 3.x, en un conjunto 4.x</translation>
    </message>
    <message>
        <source>%1: keys of API-M 3.x&apos;s analytics (the Stream Processor), which API-M 4.x ignores, so no analytics are published.</source>
        <translation>%1: claves de la analítica de API-M 3.x (el Stream Processor), que API-M 4.x ignora, por lo que no se publica ninguna analítica.</translation>
    </message>
    <message>
        <source>Configure 4.x analytics with [apim.analytics] enable, config_endpoint and auth_token, and remove the 3.x keys.</source>
        <translation>Configure la analítica de 4.x con [apim.analytics] enable, config_endpoint y auth_token, y elimine las claves de 3.x.</translation>
    </message>
    <message>
        <source>revoke_endpoint = %1 does not end in /revoke: revoking a token there fails, and the token stays valid.</source>
        <translation>revoke_endpoint = %1 no termina en /revoke: revocar un token ahí falla y el token sigue siendo válido.</translation>
    </message>
    <message>
        <source>Point it at the key manager&apos;s revoke service, https://&lt;key manager&gt;:&lt;port&gt;/oauth2/revoke.</source>
        <translation>Apúntelo al servicio de revocación del gestor de claves, https://&lt;key manager&gt;:&lt;port&gt;/oauth2/revoke.</translation>
    </message>
    <message>
        <source>The gateway environment &quot;%1&quot; has type = &quot;%2&quot;, which API-M does not know: it expects hybrid, production or sandbox.</source>
        <translation>El entorno de pasarela «%1» tiene type = &quot;%2&quot;, que API-M no conoce: espera hybrid, production o sandbox.</translation>
    </message>
    <message>
        <source>Set type to &quot;hybrid&quot; (production and sandbox traffic), &quot;production&quot; or &quot;sandbox&quot;.</source>
        <translation>Establezca type en &quot;hybrid&quot; (tráfico de producción y de sandbox), &quot;production&quot; o &quot;sandbox&quot;.</translation>
    </message>
    <message>
        <source>%1 deploys APIs to %2 as a gateway, but %2 runs the whole product (server_role &quot;default&quot;): its own portals, key manager and traffic manager start beside the gateway.</source>
        <translation>%1 despliega API en %2 como pasarela, pero %2 ejecuta el producto completo (server_role &quot;default&quot;): sus propios portales, gestor de claves y gestor de tráfico arrancan junto a la pasarela.</translation>
    </message>
    <message>
        <source>Set server_role = &quot;gateway-worker&quot; on %1.</source>
        <translation>Establezca server_role = &quot;gateway-worker&quot; en %1.</translation>
    </message>
    <message>
        <source>Run the gateway distribution on %1.</source>
        <translation>Ejecute la distribución de la pasarela en %1.</translation>
    </message>
    <message>
        <source>Serve &quot;%1&quot; instead</source>
        <translation>Servir «%1» en su lugar</translation>
    </message>
    <message>
        <source>Drop the label &quot;%1&quot;</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
    <message>
        <source>List %1 in throttle_decision_endpoints</source>
        <translation>Incluir %1 en throttle_decision_endpoints</translation>
    </message>
    <message>
        <source>Name %1 in event_duplicate_url</source>
        <translation>Nombrar %1 en event_duplicate_url</translation>
    </message>
    <message>
        <source>Set the hostname to %1, the name of %2</source>
        <translation>Establecer el nombre de host en %1, el nombre de %2</translation>
    </message>
    <message>
        <source>Set the public hostname of %1 to %1</source>
        <translation>Establecer el nombre de host público de %1 en %1</translation>
    </message>
    <message>
        <source>Set the port to %1</source>
        <translation>Establecer el puerto en %1</translation>
    </message>
    <message>
        <source>[apim.key_manager] of %1 sets no username and password, so %1 calls %2 as its own super admin &quot;%3&quot;, whose credentials %2 does not have: token validation fails.</source>
        <translation>[apim.key_manager] de %1 no establece username ni password, así que %1 llama a %2 como su propio superadministrador «%3», cuyas credenciales %2 no tiene: la validación de tokens falla.</translation>
    </message>
    <message>
        <source>Set username and password in [apim.key_manager] to an admin user of %1.</source>
        <translation>Establezca username y password en [apim.key_manager] con un usuario administrador de %1.</translation>
    </message>
    <message>
        <source>%1 of %2 misses %3, though it names other nodes of that cluster: %2 exchanges no events with %3, and none at all when the others stop.</source>
        <translation>%1 de %2 omite %3, aunque nombra otros nodos de ese clúster: %2 no intercambia eventos con %3, y ninguno en absoluto cuando los demás se detienen.</translation>
    </message>
    <message>
        <source>Add an entry for %1.</source>
        <translation>Añada una entrada para %1.</translation>
    </message>
    <message>
        <source>Add %1 to %2</source>
        <translation>Añadir %1 a %2</translation>
    </message>
    <message>
        <source>The design&apos;s gateways log analytics for ELK, which API-M only offers from 4.2; the design targets %1.</source>
        <translation>Las pasarelas del diseño registran la analítica para ELK, que API-M solo ofrece desde 4.2; el diseño apunta a %1.</translation>
    </message>
    <message>
        <source>Choose API-M 4.2 or later, or set Gateway analytics to cloud (Choreo) or off.</source>
        <translation>Elija API-M 4.2 o posterior, o configure la analítica de las pasarelas en la nube (Choreo) o desactivada.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Unique node name; also its folder in the bundle</source>
        <translation>Nombre único del nodo; también su carpeta en el paquete</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Nombre de host</translation>
    </message>
    <message>
        <source>The machine&apos;s own hostname, as the other nodes reach it</source>
        <translation>El nombre de host propio de la máquina, tal como lo alcanzan los demás nodos</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Used for the hosts entries</source>
        <translation>Se usa para las entradas de hosts</translation>
    </message>
    <message>
        <source>Port offset</source>
        <translation>Offset de puertos</translation>
    </message>
    <message>
        <source>Added to every port the node listens on</source>
        <translation>Se suma a cada puerto en el que escucha el nodo</translation>
    </message>
    <message>
        <source>Gateway worker</source>
        <translation>Pasarela</translation>
    </message>
    <message>
        <source>Serves API traffic; pulls artifacts from the control plane</source>
        <translation>Sirve el tráfico de las API; obtiene los artefactos del plano de control</translation>
    </message>
    <message>
        <source>Gateway labels</source>
        <translation>Etiquetas de pasarela</translation>
    </message>
    <message>
        <source>The gateway environments this gateway serves</source>
        <translation>Los entornos de pasarela que sirve esta pasarela</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>Plano de control</translation>
    </message>
    <message>
        <source>Publisher, Developer Portal, key manager and traffic manager</source>
        <translation>Publisher, Developer Portal, gestor de claves y gestor de tráfico</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Balanceador de carga</translation>
    </message>
    <message>
        <source>NGINX in front of one cluster of nodes of the same kind</source>
        <translation>NGINX delante de un clúster de nodos del mismo tipo</translation>
    </message>
    <message>
        <source>Public hostname</source>
        <translation>Nombre de host público</translation>
    </message>
    <message>
        <source>The name clients and other nodes use for the cluster</source>
        <translation>El nombre que usan los clientes y los demás nodos para el clúster</translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation>Puerto HTTP</translation>
    </message>
    <message>
        <source>Becomes proxyPort of [transport.http]</source>
        <translation>Pasa a ser el proxyPort de [transport.http]</translation>
    </message>
    <message>
        <source>HTTPS port</source>
        <translation>Puerto HTTPS</translation>
    </message>
    <message>
        <source>Becomes proxyPort of [transport.https]</source>
        <translation>Pasa a ser el proxyPort de [transport.https]</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Holds apim_db and shared_db</source>
        <translation>Contiene apim_db y shared_db</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>The [database.*] type key</source>
        <translation>La clave type de [database.*]</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>apim_db name</source>
        <translation>Nombre de apim_db</translation>
    </message>
    <message>
        <source>apim_db user</source>
        <translation>Usuario de apim_db</translation>
    </message>
    <message>
        <source>apim_db password</source>
        <translation>Contraseña de apim_db</translation>
    </message>
    <message>
        <source>shared_db name</source>
        <translation>Nombre de shared_db</translation>
    </message>
    <message>
        <source>shared_db user</source>
        <translation>Usuario de shared_db</translation>
    </message>
    <message>
        <source>shared_db password</source>
        <translation>Contraseña de shared_db</translation>
    </message>
    <message>
        <source>Oracle service name</source>
        <translation>Nombre de servicio de Oracle</translation>
    </message>
    <message>
        <source>Oracle only: the service (or pluggable database) both schemas live in</source>
        <translation>Solo Oracle: el servicio (o base de datos conectable) en el que están ambos esquemas</translation>
    </message>
    <message>
        <source>Traffic manager</source>
        <translation>Gestor de tráfico</translation>
    </message>
    <message>
        <source>Separate throttling node</source>
        <translation>Nodo de limitación separado</translation>
    </message>
    <message>
        <source>Key manager</source>
        <translation>Gestor de claves</translation>
    </message>
    <message>
        <source>Separate key manager (API-M profile or WSO2 IS)</source>
        <translation>Gestor de claves separado (perfil de API-M o WSO2 IS)</translation>
    </message>
    <message>
        <source>All-in-one</source>
        <translation>Todo en uno</translation>
    </message>
    <message>
        <source>Every API-M component in one node</source>
        <translation>Todos los componentes de API-M en un solo nodo</translation>
    </message>
    <message>
        <source>Identity Server</source>
        <translation>Identity Server</translation>
    </message>
    <message>
        <source>WSO2 Identity Server 7 as the key manager</source>
        <translation>WSO2 Identity Server 7 como gestor de claves</translation>
    </message>
    <message>
        <source>Key-value store</source>
        <translation>Almacén clave-valor</translation>
    </message>
    <message>
        <source>Redis or Valkey for distributed throttling (4.6+)</source>
        <translation>Redis o Valkey para la limitación distribuida (4.6+)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>The Redis or Valkey ACL user</source>
        <translation>El usuario ACL de Redis o Valkey</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Connect to the store over TLS (ssl = true)</source>
        <translation>Conectarse al almacén por TLS (ssl = true)</translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation>HTTPS</translation>
    </message>
    <message>
        <source>JMS / binary events</source>
        <translation>JMS / eventos binarios</translation>
    </message>
    <message>
        <source>JDBC</source>
        <translation>JDBC</translation>
    </message>
    <message>
        <source>JVM heap (MB)</source>
        <translation>Heap de la JVM (MB)</translation>
    </message>
    <message>
        <source>-Xms and -Xmx of the node&apos;s JVM, in JVM_MEM_OPTS of its start scripts and systemd unit</source>
        <translation>-Xms y -Xmx de la JVM del nodo, en JVM_MEM_OPTS de sus scripts de inicio y de su unidad systemd</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Super admin password</source>
        <translation>Contraseña del superadministrador</translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation>Contraseña del almacén de claves</translation>
    </message>
    <message>
        <source>Keystore key password</source>
        <translation>Contraseña de la clave del almacén de claves</translation>
    </message>
    <message>
        <source>Truststore password</source>
        <translation>Contraseña del almacén de confianza</translation>
    </message>
    <message>
        <source>Encryption key (64 hexadecimal characters)</source>
        <translation>Clave de cifrado (64 caracteres hexadecimales)</translation>
    </message>
    <message>
        <source>apim_db password of %1</source>
        <translation>Contraseña de apim_db de %1</translation>
    </message>
    <message>
        <source>shared_db password of %1</source>
        <translation>Contraseña de shared_db de %1</translation>
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
        <translation>Una pasarela y un plano de control con una base de datos MySQL (el despliegue de un nodo de la página original)</translation>
    </message>
    <message>
        <source>Gateways and control planes, each cluster behind a load balancer, with a MySQL database (the seed&apos;s HA cluster)</source>
        <translation>Pasarelas y planos de control, cada clúster detrás de un balanceador de carga, con una base de datos MySQL (el clúster HA de la página original)</translation>
    </message>
    <message>
        <source>Control planes, separate traffic managers and gateways with a MySQL database (WSO2&apos;s Pattern 3); two or more of a role stand behind a load balancer</source>
        <translation>Planos de control, gestores de tráfico separados y pasarelas con una base de datos MySQL (el Pattern 3 de WSO2); dos o más nodos de un rol van detrás de un balanceador de carga</translation>
    </message>
    <message>
        <source>One all-in-one node running every API-M component, with a MySQL database</source>
        <translation>Un nodo todo en uno que ejecuta todos los componentes de API-M, con una base de datos MySQL</translation>
    </message>
    <message>
        <source>All-in-one nodes, active-active behind a load balancer, sharing a MySQL database (WSO2&apos;s Pattern 1)</source>
        <translation>Nodos todo en uno, activo-activo detrás de un balanceador de carga, que comparten una base de datos MySQL (el Pattern 1 de WSO2)</translation>
    </message>
    <message>
        <source>All-in-one nodes (single or HA) with separate gateways, each cluster behind a load balancer when it has several nodes (WSO2&apos;s Pattern 2)</source>
        <translation>Nodos todo en uno (solos o en HA) con pasarelas separadas, cada clúster detrás de un balanceador de carga cuando tiene varios nodos (el Pattern 2 de WSO2)</translation>
    </message>
    <message>
        <source>Gateways, control planes, traffic managers and a separate key manager (or WSO2 Identity Server 7 with --key-manager is7), each role of two or more behind a load balancer, with a MySQL database</source>
        <translation>Pasarelas, planos de control, gestores de tráfico y un gestor de claves separado (o WSO2 Identity Server 7 con --key-manager is7), cada rol de dos o más nodos detrás de un balanceador de carga, con una base de datos MySQL</translation>
    </message>
    <message>
        <source>%1 keeps its key manager in the control plane</source>
        <translation>%1 mantiene su gestor de claves en el plano de control</translation>
    </message>
    <message>
        <source>%1 runs its key manager apart from the control planes: --key-manager takes node or is7 (gw-cp-tm keeps it resident)</source>
        <translation>%1 ejecuta su gestor de claves aparte de los planos de control: --key-manager acepta node o is7 (gw-cp-tm lo mantiene residente)</translation>
    </message>
    <message>
        <source>--key-managers counts key manager nodes, and with --key-manager %1 there are none: leave it out, or use --key-manager node</source>
        <translation>--key-managers cuenta los nodos gestores de claves, y con --key-manager %1 no hay ninguno: omítalo, o use --key-manager node</translation>
    </message>
    <message>
        <source>%1 has no separate traffic managers to share throttling counters through a key-value store</source>
        <translation>%1 no tiene gestores de tráfico separados que compartan contadores de limitación a través de un almacén clave-valor</translation>
    </message>
    <message>
        <source>a key-value store shares throttling counters from API-M 4.6 on, not in %1: use --version 4.6.0 or later</source>
        <translation>un almacén clave-valor comparte contadores de limitación desde API-M 4.6, no en %1: use --version 4.6.0 o posterior</translation>
    </message>
    <message>
        <source>a key-value store shares throttling counters between two or more traffic managers: add --traffic-managers 2 or more</source>
        <translation>un almacén clave-valor comparte contadores de limitación entre dos o más gestores de tráfico: añada --traffic-managers 2 o más</translation>
    </message>
    <message>
        <source>unknown pattern &apos;%1&apos; (known: %2)</source>
        <translation>patrón «%1» desconocido (conocidos: %2)</translation>
    </message>
    <message>
        <source>%1 takes no %2 count</source>
        <translation>%1 no admite un número de %2</translation>
    </message>
    <message>
        <source>%1 has one node of each role; its HA form takes counts</source>
        <translation>%1 tiene un nodo de cada rol; su forma HA admite números</translation>
    </message>
    <message>
        <source>node counts must be between 1 and %1</source>
        <translation>el número de nodos debe estar entre 1 y %1</translation>
    </message>
    <message>
        <source>unknown API-M version &apos;%1&apos; (known: %2)</source>
        <translation>versión de API-M «%1» desconocida (conocidas: %2)</translation>
    </message>
    <message>
        <source>%1 exists in API-M 4.%2 to 4.%3, not in %4</source>
        <translation>%1 existe en API-M 4.%2 a 4.%3, no en %4</translation>
    </message>
    <message>
        <source>certificates must be one of %1, not &apos;%2&apos;</source>
        <translation>certificates debe ser uno de %1, no «%2»</translation>
    </message>
    <message>
        <source>Identity Server 7 is a key manager from API-M 4.4 on, not in %1: use --version 4.4.0 or later</source>
        <translation>Identity Server 7 es un gestor de claves a partir de API-M 4.4, no en %1: use --version 4.4.0 o posterior</translation>
    </message>
</context>
<context>
    <name>TomlReader</name>
    <message>
        <source>file is %1 bytes, more than the limit of %2</source>
        <translation>el archivo tiene %1 bytes, más que el límite de %2</translation>
    </message>
    <message>
        <source>NUL byte in the file</source>
        <translation>byte NUL en el archivo</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence</source>
        <translation>secuencia UTF-8 no válida</translation>
    </message>
    <message>
        <source>line is longer than the limit of %1 characters</source>
        <translation>la línea supera el límite de %1 caracteres</translation>
    </message>
    <message>
        <source>key has more than %1 dotted parts</source>
        <translation>la clave tiene más de %1 partes separadas por puntos</translation>
    </message>
    <message>
        <source>more than %1 key/value pairs</source>
        <translation>más de %1 pares clave/valor</translation>
    </message>
    <message>
        <source>values nested deeper than %1 levels</source>
        <translation>valores anidados en más de %1 niveles</translation>
    </message>
    <message>
        <source>array longer than %1 items</source>
        <translation>matriz de más de %1 elementos</translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>The node no longer exists.</source>
        <translation>El nodo ya no existe.</translation>
    </message>
    <message>
        <source>A node cannot link to itself.</source>
        <translation>Un nodo no puede enlazarse consigo mismo.</translation>
    </message>
    <message>
        <source>These nodes are already linked.</source>
        <translation>Estos nodos ya están enlazados.</translation>
    </message>
    <message>
        <source>These nodes are already linked the other way.</source>
        <translation>Estos nodos ya están enlazados en el otro sentido.</translation>
    </message>
    <message>
        <source>A load balancer fronts API-M nodes; a database is reached directly over JDBC.</source>
        <translation>Un balanceador de carga va delante de nodos de API-M; a una base de datos se llega directamente por JDBC.</translation>
    </message>
    <message>
        <source>A load balancer cannot front another load balancer.</source>
        <translation>Un balanceador de carga no puede ir delante de otro balanceador de carga.</translation>
    </message>
    <message>
        <source>Link the other way: from the %1 to the %2.</source>
        <translation>Enlace en el otro sentido: del %1 al %2.</translation>
    </message>
    <message>
        <source>A %1 does not link to a %2.</source>
        <translation>Un %1 no se enlaza con un %2.</translation>
    </message>
    <message>
        <source>%1 is already behind the load balancer %2.</source>
        <translation>%1 ya está detrás del balanceador de carga %2.</translation>
    </message>
    <message>
        <source>%1 fronts %2 nodes; a cluster holds nodes of one kind.</source>
        <translation>%1 va delante de nodos %2; un clúster contiene nodos de un solo tipo.</translation>
    </message>
    <message>
        <source>%1 already uses the database %2.</source>
        <translation>%1 ya usa la base de datos %2.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation>Conectar %1 con %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n link(s)</source>
        <translation>
            <numerusform>Quitar %n enlace</numerusform>
            <numerusform>Quitar %n enlaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n node(s)</source>
        <translation>
            <numerusform>Añadir %n nodo</numerusform>
            <numerusform>Añadir %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation>
            <numerusform>Eliminar %n nodo</numerusform>
            <numerusform>Eliminar %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Mover %n nodo</numerusform>
            <numerusform>Mover %n nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Edit raw TOML</source>
        <translation>Editar el TOML sin procesar</translation>
    </message>
    <message>
        <source>Change design settings</source>
        <translation>Cambiar los ajustes del diseño</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>API-M version &apos;%1&apos; is not one the designer knows (4.0 to 4.7).</source>
        <translation>La versión de API-M «%1» no es una que conozca el diseñador (4.0 a 4.7).</translation>
    </message>
    <message>
        <source>The super admin user name is empty.</source>
        <translation>El nombre del superadministrador está vacío.</translation>
    </message>
    <message>
        <source>The design has no gateway environment.</source>
        <translation>El diseño no tiene ningún entorno de pasarela.</translation>
    </message>
    <message>
        <source>Add one under the design settings.</source>
        <translation>Añada uno en los ajustes del diseño.</translation>
    </message>
    <message>
        <source>Invalid node name &apos;%1&apos;: %2</source>
        <translation>Nombre de nodo «%1» no válido: %2</translation>
    </message>
    <message>
        <source>Node name &apos;%1&apos; is used twice.</source>
        <translation>El nombre de nodo «%1» se usa dos veces.</translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation>Cambie el nombre de uno de ellos.</translation>
    </message>
    <message>
        <source>%1 has no hostname.</source>
        <translation>%1 no tiene nombre de host.</translation>
    </message>
    <message>
        <source>%1 is linked to no database.</source>
        <translation>%1 no está enlazado a ninguna base de datos.</translation>
    </message>
    <message>
        <source>Draw a link from the node to a database.</source>
        <translation>Trace un enlace desde el nodo a una base de datos.</translation>
    </message>
    <message>
        <source>Gateway %1 is linked to no control plane.</source>
        <translation>La pasarela %1 no está enlazada a ningún plano de control.</translation>
    </message>
    <message>
        <source>Draw a link from the gateway to a control plane.</source>
        <translation>Trace un enlace desde la pasarela a un plano de control.</translation>
    </message>
    <message>
        <source>Gateway %1 serves the label &apos;%2&apos;, but no gateway environment has that name.</source>
        <translation>La pasarela %1 sirve la etiqueta «%2», pero ningún entorno de pasarela tiene ese nombre.</translation>
    </message>
    <message>
        <source>Add the environment in the design settings or fix the label.</source>
        <translation>Añada el entorno en los ajustes del diseño o corrija la etiqueta.</translation>
    </message>
    <message>
        <source>Gateway %1 serves no environment label.</source>
        <translation>La pasarela %1 no sirve ninguna etiqueta de entorno.</translation>
    </message>
    <message>
        <source>Load balancer %1 has no public hostname.</source>
        <translation>El balanceador de carga %1 no tiene nombre de host público.</translation>
    </message>
    <message>
        <source>Load balancer %1 fronts no node.</source>
        <translation>El balanceador de carga %1 no va delante de ningún nodo.</translation>
    </message>
    <message>
        <source>Draw links from the load balancer to the nodes of its cluster.</source>
        <translation>Trace enlaces desde el balanceador de carga a los nodos de su clúster.</translation>
    </message>
    <message>
        <source>Database %1 has an empty password.</source>
        <translation>La base de datos %1 tiene una contraseña vacía.</translation>
    </message>
    <message>
        <source>No API-M node uses database %1.</source>
        <translation>Ningún nodo de API-M usa la base de datos %1.</translation>
    </message>
    <message>
        <source>The kept TOML of %1 does not parse: %2</source>
        <translation>El TOML conservado de %1 no se puede analizar: %2</translation>
    </message>
    <message>
        <source>No gateway serves the environment &apos;%1&apos;.</source>
        <translation>Ninguna pasarela sirve el entorno «%1».</translation>
    </message>
    <message>
        <source>Add the label to a gateway, or remove the environment.</source>
        <translation>Añada la etiqueta a una pasarela, o elimine el entorno.</translation>
    </message>
    <message>
        <source>public hostname</source>
        <translation>nombre de host público</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>dirección IP</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>nombre de host</translation>
    </message>
    <message>
        <source>The %1 of %2 is not valid: %3</source>
        <translation>El %1 de %2 no es válido: %3</translation>
    </message>
    <message>
        <source>Use a host name (letters, digits, &apos;-&apos;, &apos;.&apos;), an IPv4 or an IPv6 address.</source>
        <translation>Use un nombre de host (letras, dígitos, «-», «.»), una dirección IPv4 o IPv6.</translation>
    </message>
    <message>
        <source>Databases %1 and %2 would both read their passwords from %3; %2 uses %4 instead.</source>
        <translation>Las bases de datos %1 y %2 leerían ambas sus contraseñas de %3; %2 usa %4 en su lugar.</translation>
    </message>
    <message>
        <source>Rename one of them so that the names differ in more than punctuation.</source>
        <translation>Cambie el nombre de una de ellas para que los nombres difieran en algo más que la puntuación.</translation>
    </message>
    <message>
        <source>Load balancer %1 has no hostname other than its public one, so it does not route the members&apos; admin services (/services/); the control planes call a member directly.</source>
        <translation>El balanceador de carga %1 no tiene otro nombre de host que el público, así que no enruta los servicios de administración de los miembros (/services/); los control planes llaman directamente a un miembro.</translation>
    </message>
    <message>
        <source>Give the load balancer a hostname of its own, kept off the public DNS.</source>
        <translation>Dé al balanceador de carga un nombre de host propio, fuera del DNS público.</translation>
    </message>
    <message>
        <source>%1 has no IP address: the hosts files leave out %2, and database accounts for it name only that host name.</source>
        <translation>%1 no tiene dirección IP: los archivos hosts omiten %2, y las cuentas de base de datos para él solo nombran ese nombre de host.</translation>
    </message>
    <message>
        <source>Enter the node&apos;s IP address, or make sure DNS resolves %1 on every machine, the database server&apos;s included.</source>
        <translation>Introduzca la dirección IP del nodo, o asegúrese de que el DNS resuelve %1 en cada máquina, incluido el servidor de bases de datos.</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>Enlazar %1 a %2</translation>
    </message>
    <message>
        <source>Add the gateway environment &quot;%1&quot;</source>
        <translation>Añadir el entorno de pasarela «%1»</translation>
    </message>
    <message>
        <source>Serve &quot;%1&quot; instead</source>
        <translation>Servir «%1» en su lugar</translation>
    </message>
    <message>
        <source>Drop the label &quot;%1&quot;</source>
        <translation>Quitar la etiqueta «%1»</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>entry &quot;%1&quot; refused: %2</source>
        <translation>entrada «%1» rechazada: %2</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>no tiene nombre</translation>
    </message>
    <message>
        <source>its name contains a backslash</source>
        <translation>su nombre contiene una barra invertida</translation>
    </message>
    <message>
        <source>its path is absolute</source>
        <translation>su ruta es absoluta</translation>
    </message>
    <message>
        <source>its path contains &quot;..&quot;</source>
        <translation>su ruta contiene «..»</translation>
    </message>
    <message>
        <source>its path is not in clean form</source>
        <translation>su ruta no está en forma normalizada</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>es un enlace simbólico</translation>
    </message>
    <message>
        <source>it is a device, fifo or socket</source>
        <translation>es un dispositivo, una FIFO o un socket</translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation>está cifrada</translation>
    </message>
    <message>
        <source>compression method %1 is not supported</source>
        <translation>el método de compresión %1 no es compatible</translation>
    </message>
    <message>
        <source>it declares %1 bytes, more than the %2 allowed</source>
        <translation>declara %1 bytes, más de los %2 permitidos</translation>
    </message>
    <message>
        <source>the archive holds more than the %1 bytes allowed in total</source>
        <translation>el archivo comprimido contiene más de los %1 bytes permitidos en total</translation>
    </message>
    <message>
        <source>it expands more than %1 times (%2 bytes from %3)</source>
        <translation>se expande más de %1 veces (%2 bytes a partir de %3)</translation>
    </message>
    <message>
        <source>it cannot be opened (error %1)</source>
        <translation>no se puede abrir (error %1)</translation>
    </message>
    <message>
        <source>it holds more than the %1 bytes allowed</source>
        <translation>contiene más de los %1 bytes permitidos</translation>
    </message>
    <message>
        <source>it expands more than %1 times</source>
        <translation>se expande más de %1 veces</translation>
    </message>
    <message>
        <source>its data is damaged (CRC mismatch)</source>
        <translation>sus datos están dañados (CRC incorrecto)</translation>
    </message>
    <message>
        <source>its data is damaged (error %1)</source>
        <translation>sus datos están dañados (error %1)</translation>
    </message>
    <message>
        <source>it holds %1 bytes but declares %2</source>
        <translation>contiene %1 bytes pero declara %2</translation>
    </message>
    <message>
        <source>not a readable zip archive (error %1)</source>
        <translation>no es un archivo zip legible (error %1)</translation>
    </message>
    <message>
        <source>the zip directory is damaged (error %1)</source>
        <translation>el directorio del zip está dañado (error %1)</translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the %2 allowed</source>
        <translation>el archivo comprimido tiene %1 entradas, más de las %2 permitidas</translation>
    </message>
    <message>
        <source>the archive has more than the %1 entries allowed</source>
        <translation>el archivo comprimido tiene más de las %1 entradas permitidas</translation>
    </message>
    <message>
        <source>entry %1 has a damaged header (error %2)</source>
        <translation>la entrada %1 tiene una cabecera dañada (error %2)</translation>
    </message>
    <message>
        <source>it occurs twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: no es un archivo</translation>
    </message>
</context>
<context>
    <name>apim</name>
    <message>
        <source>Refusing to replace %1: %2. Nothing was written; give a new folder name.</source>
        <translation>Se rechaza reemplazar %1: %2. No se escribió nada; indique un nombre de carpeta nuevo.</translation>
    </message>
    <message>
        <source>&quot;.&quot; and &quot;..&quot; name folders that hold other work</source>
        <translation>«.» y «..» nombran carpetas que contienen otros trabajos</translation>
    </message>
    <message>
        <source>it is the root folder</source>
        <translation>es la carpeta raíz</translation>
    </message>
    <message>
        <source>it is your home folder</source>
        <translation>es su carpeta personal</translation>
    </message>
    <message>
        <source>it is the current folder or one of its parents</source>
        <translation>es la carpeta actual o una de sus carpetas superiores</translation>
    </message>
    <message>
        <source>it holds %1, which the export reads</source>
        <translation>contiene %1, que lee la exportación</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>Refusing to replace %1: it is or holds a mount point; its files belong to another file system. Nothing was written.</source>
        <translation>Se rechaza reemplazar %1: es o contiene un punto de montaje; sus archivos pertenecen a otro sistema de archivos. No se escribió nada.</translation>
    </message>
    <message>
        <source>Refusing to replace %1 even with --force: the tool did not write it (it has no %2 file). Replacing it would delete %3. Choose an empty or new folder.</source>
        <translation>Se rechaza reemplazar %1 incluso con --force: la herramienta no lo escribió (no tiene archivo %2). Reemplazarlo borraría %3. Elija una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <source>nothing, but it is not ours</source>
        <translation>nada, pero no es nuestra</translation>
    </message>
    <message>
        <source>Refusing to replace %1 even with --force: it holds files the tool did not write, which would be lost: %2. Move them away first.</source>
        <translation>Se rechaza reemplazar %1 incluso con --force: contiene archivos que la herramienta no escribió y que se perderían: %2. Muévalos antes a otro sitio.</translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1.</source>
        <translation>No se pueden establecer los permisos de %1.</translation>
    </message>
    <message>
        <source>it leaves the folder</source>
        <translation>sale de la carpeta</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot move the new bundle to %1: %2</source>
        <translation>No se puede mover el nuevo paquete a %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the existing %1 aside: %2</source>
        <translation>No se puede apartar el %1 existente: %2</translation>
    </message>
    <message>
        <source>choose overwrite to replace it</source>
        <translation>elija sobrescribir para reemplazarlo</translation>
    </message>
    <message>
        <source>No folder name given.</source>
        <translation>No se indicó ningún nombre de carpeta.</translation>
    </message>
    <message>
        <source>Cannot write the bundle into %1.</source>
        <translation>No se puede escribir el paquete en %1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to write through it.</source>
        <translation>%1 es un enlace simbólico; se rechaza escribir a través de él.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe y no es una carpeta.</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>No se puede crear una carpeta temporal en %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a symbolic link; refusing to write through it. Give the real path instead.</source>
        <translation>No se puede escribir %1: es un enlace simbólico; se rechaza escribir a través de él. Indique la ruta real.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>No se puede escribir %1: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not a regular file (a device, pipe or socket).</source>
        <translation>No se puede escribir %1: no es un archivo normal (un dispositivo, una tubería o un socket).</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>no queda espacio en el dispositivo</translation>
    </message>
    <message>
        <source>disk quota exceeded</source>
        <translation>cuota de disco excedida</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>el sistema de archivos es de solo lectura</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>es un enlace simbólico</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>input/output error (the disk may be failing)</source>
        <translation>error de entrada/salida (puede que el disco esté fallando)</translation>
    </message>
    <message>
        <source>the file is too large for this file system</source>
        <translation>el archivo es demasiado grande para este sistema de archivos</translation>
    </message>
    <message>
        <source>it is on another file system</source>
        <translation>está en otro sistema de archivos</translation>
    </message>
    <message>
        <source>it is in use (a mount point?)</source>
        <translation>está en uso (¿un punto de montaje?)</translation>
    </message>
    <message>
        <source>the folder is not empty</source>
        <translation>la carpeta no está vacía</translation>
    </message>
    <message>
        <source>system error %1</source>
        <translation>error del sistema %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>se necesitan %1, hay %2 libres</translation>
    </message>
    <message>
        <source>Cannot sync the folder %1: %2</source>
        <translation>No se puede sincronizar la carpeta %1: %2</translation>
    </message>
    <message>
        <source>No file name given.</source>
        <translation>No se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot write %1: cannot create a file in %2: %3</source>
        <translation>No se puede escribir %1: no se puede crear un archivo en %2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): %3</source>
        <translation>No se puede escribir %1 (%2): %3</translation>
    </message>
    <message>
        <source>setting permissions</source>
        <translation>estableciendo permisos</translation>
    </message>
    <message>
        <source>writing, %1 of %2 written</source>
        <translation>escribiendo, %1 de %2 escritos</translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation>volcando al disco</translation>
    </message>
    <message>
        <source>linking into place</source>
        <translation>enlazando en su sitio</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>cerrando</translation>
    </message>
    <message>
        <source>renaming into place</source>
        <translation>renombrando en su sitio</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder.</source>
        <translation>No se puede leer %1: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a named pipe, not a regular file.</source>
        <translation>No se puede leer %1: es una tubería con nombre, no un archivo normal.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a device, not a regular file.</source>
        <translation>No se puede leer %1: es un dispositivo, no un archivo normal.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file.</source>
        <translation>No se puede leer %1: no es un archivo normal.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is %2, more than the limit of %3.</source>
        <translation>No se puede leer %1: tiene %2, más que el límite de %3.</translation>
    </message>
</context>
<context>
    <name>apim::Autosaver</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
</context>
<context>
    <name>apim::CanvasFindBar</name>
    <message>
        <source>Find a node by name, host, IP or kind</source>
        <translation>Buscar un nodo por nombre, host, IP o tipo</translation>
    </message>
    <message>
        <source>Find node</source>
        <translation>Buscar nodo</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
</context>
<context>
    <name>apim::CanvasHint</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This design is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;To add a node, drag a kind from the Palette onto the canvas, or double-click it in the Palette.&lt;/p&gt;&lt;p&gt;To link two nodes, drag from the small circle on the right of one node onto the other.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Este diseño está vacío.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Para añadir un nodo, arrastre un tipo desde la paleta al lienzo, o haga doble clic en él en la paleta.&lt;/p&gt;&lt;p&gt;Para enlazar dos nodos, arrastre desde el pequeño círculo a la derecha de un nodo hasta el otro.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>apim::CanvasLegend</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>HA cluster behind a load balancer</source>
        <translation>Clúster HA detrás de un balanceador de carga</translation>
    </message>
    <message>
        <source>Errors / warnings on a node</source>
        <translation>Errores / advertencias en un nodo</translation>
    </message>
    <message>
        <source>Hide the legend</source>
        <translation>Ocultar la leyenda</translation>
    </message>
    <message>
        <source>Show the legend</source>
        <translation>Mostrar la leyenda</translation>
    </message>
</context>
<context>
    <name>apim::CanvasMinimap</name>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Vista general: haga clic o arrastre para mover la vista</translation>
    </message>
</context>
<context>
    <name>apim::CanvasRename</name>
    <message>
        <source>Node name</source>
        <translation>Nombre del nodo</translation>
    </message>
</context>
<context>
    <name>apim::CanvasScene</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br/&gt;%3&lt;br/&gt;&lt;i&gt;Click to select it; the Inspector shows what it writes.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 → %2&lt;/b&gt;&lt;br/&gt;%3&lt;br/&gt;&lt;i&gt;Haga clic para seleccionarlo; el inspector muestra lo que escribe.&lt;/i&gt;</translation>
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
        <translation>El diagrama está vacío.</translation>
    </message>
    <message>
        <source>The scale must be greater than zero.</source>
        <translation>La escala debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels; choose a smaller scale or export SVG.</source>
        <translation>La imagen tendría %1 × %2 píxeles; elija una escala menor o exporte en SVG.</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 pixel image.</source>
        <translation>No hay memoria suficiente para una imagen de %1 × %2 píxeles.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Topology diagram exported by APIM Topology Designer</source>
        <translation>Diagrama de topología exportado por APIM Topology Designer</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Topology canvas</source>
        <translation>Lienzo de topología</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Alinear a la izquierda</translation>
    </message>
    <message>
        <source>Align centres</source>
        <translation>Alinear los centros</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Alinear a la derecha</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Alinear arriba</translation>
    </message>
    <message>
        <source>Align middles</source>
        <translation>Alinear al medio</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Alinear abajo</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Distribuir horizontalmente</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Distribuir verticalmente</translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation>Disposición automática</translation>
    </message>
    <message>
        <source>Show &amp;Files</source>
        <translation>Mostrar &amp;archivos</translation>
    </message>
    <message>
        <source>&amp;Link To</source>
        <translation>&amp;Enlazar con</translation>
    </message>
    <message>
        <source>&amp;Remove Link</source>
        <translation>&amp;Quitar enlace</translation>
    </message>
    <message>
        <source>Select &amp;Ends</source>
        <translation>Seleccionar los e&amp;xtremos</translation>
    </message>
    <message>
        <source>&amp;What It Writes</source>
        <translation>&amp;Lo que escribe</translation>
    </message>
    <message>
        <source>&amp;Add Node Here</source>
        <translation>Añadir &amp;nodo aquí</translation>
    </message>
    <message>
        <source>A&amp;uto-Layout</source>
        <translation>Disposición a&amp;utomática</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Ajustar todo</translation>
    </message>
    <message>
        <source>Show &amp;Problems (%1)</source>
        <translation>Mostrar &amp;problemas (%1)</translation>
    </message>
    <message>
        <source>Fi&amp;x Problems</source>
        <translation>Corre&amp;gir problemas</translation>
    </message>
</context>
<context>
    <name>apim::DocumentWatcher</name>
    <message>
        <source>File Deleted</source>
        <translation>Archivo eliminado</translation>
    </message>
    <message>
        <source>The file %1 was deleted or moved by another program.

The design is still open; save it to keep it.</source>
        <translation>Otro programa eliminó o movió el archivo %1.

El diseño sigue abierto; guárdelo para conservarlo.</translation>
    </message>
    <message>
        <source>The file %1 was changed by another program.

Reload it? Your unsaved changes in the designer will be lost.</source>
        <translation>Otro programa modificó el archivo %1.

¿Volver a cargarlo? Se perderán los cambios sin guardar en el diseñador.</translation>
    </message>
    <message>
        <source>The file %1 was changed by another program.

Reload it?</source>
        <translation>Otro programa modificó el archivo %1.

¿Volver a cargarlo?</translation>
    </message>
    <message>
        <source>File Changed</source>
        <translation>Archivo modificado</translation>
    </message>
</context>
<context>
    <name>apim::ExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation>Exportar el paquete</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <translation>Errores: %1 · Advertencias: %2 · Notas: %3</translation>
    </message>
    <message>
        <source>The bundle is generated from a design with errors; the nodes may not start. Export anyway?</source>
        <translation>El paquete se genera a partir de un diseño con errores; puede que los nodos no arranquen. ¿Exportar de todos modos?</translation>
    </message>
    <message>
        <source>Next, choose where to write the zip file.</source>
        <translation>A continuación, elija dónde escribir el archivo zip.</translation>
    </message>
    <message>
        <source>Passwords the project file leaves out</source>
        <translation>Contraseñas que el archivo del proyecto omite</translation>
    </message>
    <message>
        <source>They go into this export only. The command-line tool reads them from the environment variables shown in the tooltips.</source>
        <translation>Solo se usan en esta exportación. La herramienta de línea de órdenes las lee de las variables de entorno que indican las descripciones emergentes.</translation>
    </message>
    <message>
        <source>&amp;Write:</source>
        <translation>&amp;Escribir:</translation>
    </message>
    <message>
        <source>Export &amp;Anyway…</source>
        <translation>Exportar de &amp;todos modos…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>The project stores no passwords. Enter these to export: %1.</source>
        <translation>El proyecto no guarda contraseñas. Introdúzcalas para exportar: %1.</translation>
    </message>
</context>
<context>
    <name>apim::ImportAction</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import deployment.toml files or a zip of them as a new design</source>
        <translation>Importar archivos deployment.toml o un zip con ellos como diseño nuevo</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import every *.toml under a folder as a new design</source>
        <translation>Importar todos los *.toml de una carpeta como diseño nuevo</translation>
    </message>
    <message>
        <source>Import Configuration</source>
        <translation>Importar configuración</translation>
    </message>
    <message>
        <source>Configuration files (*.toml *.zip);;TOML files (*.toml);;Zip archives (*.zip);;All files (*)</source>
        <translation>Archivos de configuración (*.toml *.zip);;Archivos TOML (*.toml);;Archivos zip (*.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Error al importar</translation>
    </message>
    <message>
        <source>No *.toml files found in %1.</source>
        <translation>No se encontró ningún archivo *.toml en %1.</translation>
    </message>
    <message>
        <source>None of the %1 files could be read as TOML:
%2</source>
        <translation>Ninguno de los %1 archivos se pudo leer como TOML:
%2</translation>
    </message>
    <message>
        <source>Imported %1 files as %2 nodes.
Errors: %3 · Warnings: %4 · Notes: %5</source>
        <translation>Se importaron %1 archivos como %2 nodos.
Errores: %3 · Advertencias: %4 · Notas: %5</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>apim::InspectorDelegate</name>
    <message>
        <source>comma-separated</source>
        <translation>separados por comas</translation>
    </message>
</context>
<context>
    <name>apim::InspectorLinkPage</name>
    <message>
        <source>Select Ends</source>
        <translation>Seleccionar los extremos</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Quitar enlace</translation>
    </message>
    <message>
        <source>File and key</source>
        <translation>Archivo y clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>What the link writes</source>
        <translation>Lo que escribe el enlace</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n links selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n enlace seleccionado&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n enlaces seleccionados&lt;/b&gt;</numerusform>
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
        <translation>Solo se escribe sin este enlace</translation>
    </message>
    <message>
        <source>%1. The generated files do not change with this link.</source>
        <translation>%1. Los archivos generados no cambian con este enlace.</translation>
    </message>
    <message numerus="yes">
        <source>%1. It sets %n key(s) in the generated files of its two ends:</source>
        <translation>
            <numerusform>%1. Establece %n clave en los archivos generados de sus dos extremos:</numerusform>
            <numerusform>%1. Establece %n claves en los archivos generados de sus dos extremos:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. With the %2 other links between the two clusters, the generated files do not change.</source>
        <translation>%1. Con los otros %2 enlaces entre los dos clústeres, los archivos generados no cambian.</translation>
    </message>
    <message numerus="yes">
        <source>%1. With the %2 other links between the two clusters, it sets %n key(s) in the generated files of its two ends:</source>
        <translation>
            <numerusform>%1. Con los otros %2 enlaces entre los dos clústeres, establece %n clave en los archivos generados de sus dos extremos:</numerusform>
            <numerusform>%1. Con los otros %2 enlaces entre los dos clústeres, establece %n claves en los archivos generados de sus dos extremos:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>apim::InspectorModel</name>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(mixto)</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Propiedad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Several nodes cannot share one name.</source>
        <translation>Varios nodos no pueden compartir un nombre.</translation>
    </message>
    <message>
        <source>Another node is already called “%1”.</source>
        <translation>Otro nodo ya se llama «%1».</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>apim::InspectorWidget</name>
    <message>
        <source>Unmanaged TOML (kept from the import)</source>
        <translation>TOML no gestionado (conservado de la importación)</translation>
    </message>
    <message>
        <source>Keys the designer does not manage, or that the imported file sets otherwise; they are merged into the node&apos;s deployment.toml.
#!omit KEY: the file leaves KEY out.
#!base KEY = VALUE: what the design implied at import; once it implies something else there, the design&apos;s value is written.</source>
        <translation>Claves que el diseñador no gestiona, o que el archivo importado define de otro modo; se fusionan en el deployment.toml del nodo.
#!omit CLAVE: el archivo omite CLAVE.
#!base CLAVE = VALOR: lo que implicaba el diseño al importar; en cuanto implica otra cosa ahí, se escribe el valor del diseño.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n nodes selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n nodo seleccionado&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n nodos seleccionados&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Fields shared by: %1</source>
        <translation>Campos compartidos por: %1</translation>
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
        <translation>&lt;inicio&gt;</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>Paleta</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historial de deshacer</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problemas (%1)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About APIM Topology Designer</source>
        <translation>&amp;Acerca de APIM Topology Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Exportar el paquete…</translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation>Exportar el diagrama como &amp;PNG…</translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation>Exportar el diagrama como S&amp;VG…</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar el &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation>&amp;Ajustar todo</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation>Ajustar a la &amp;cuadrícula</translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation>Mostrar la &amp;leyenda</translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation>&amp;Organizar</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Alinear a la &amp;izquierda</translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation>Alinear al &amp;centro</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Alinear a la &amp;derecha</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Alinear &amp;arriba</translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation>Alinear al &amp;medio</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Alinear a&amp;bajo</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>Distribuir &amp;horizontalmente</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Distribuir &amp;verticalmente</translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation>Disposición &amp;automática</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
    <message>
        <source>%1[*] — APIM Topology Designer</source>
        <translation>%1[*] — APIM Topology Designer</translation>
    </message>
    <message>
        <source>Nodes: %1 · Links: %2</source>
        <translation>Nodos: %1 · Enlaces: %2</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 tiene cambios sin guardar. ¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>The clipboard does not hold nodes this designer can read:
%1</source>
        <translation>El portapapeles no contiene nodos que este diseñador pueda leer:
%1</translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation>Abrir diseño</translation>
    </message>
    <message>
        <source>The design could not be opened.

%1</source>
        <translation>No se pudo abrir el diseño.

%1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Save Design</source>
        <translation>Guardar diseño</translation>
    </message>
    <message>
        <source>The design could not be saved to %1.

%2</source>
        <translation>No se pudo guardar el diseño en %1.

%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Autosave failed; the previous recovery copy is kept. %1</source>
        <translation>Error en el guardado automático; se conserva la copia de recuperación anterior. %1</translation>
    </message>
    <message>
        <source>New Design</source>
        <translation>Nuevo diseño</translation>
    </message>
    <message>
        <source>APIM topology designs (*.apimtopo);;All files (*)</source>
        <translation>Diseños de topología APIM (*.apimtopo);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation>Guardar diseño como</translation>
    </message>
    <message>
        <source>APIM topology designs (*.apimtopo)</source>
        <translation>Diseños de topología APIM (*.apimtopo)</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Exportar el paquete</translation>
    </message>
    <message>
        <source>The project stores no passwords, and these are empty:
%1

Nothing was exported.</source>
        <translation>El proyecto no guarda contraseñas, y estas están vacías:
%1

No se exportó nada.</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>The bundle was not written.

%1</source>
        <translation>No se escribió el paquete.

%1</translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation>Paquete escrito en %1</translation>
    </message>
    <message>
        <source>The bundle was written to:
%1</source>
        <translation>El paquete se escribió en:
%1</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir la &amp;carpeta</translation>
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
        <translation>Exportar el diagrama como PNG</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Diagram written to %1</source>
        <translation>Diagrama escrito en %1</translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation>Exportar el diagrama como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>About APIM Topology Designer</source>
        <translation>Acerca de APIM Topology Designer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;APIM Topology Designer %1&lt;/h3&gt;&lt;p&gt;Design distributed WSO2 API Manager deployments and export a configuration bundle for every node.&lt;/p&gt;&lt;p&gt;The same bundle comes from &lt;code&gt;apim-designer-cli export&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;APIM Topology Designer %1&lt;/h3&gt;&lt;p&gt;Diseñe despliegues distribuidos de WSO2 API Manager y exporte un paquete de configuración para cada nodo.&lt;/p&gt;&lt;p&gt;El mismo paquete se obtiene con &lt;code&gt;apim-designer-cli export&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translation>&amp;Diseño</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;Close Design</source>
        <translation>&amp;Cerrar diseño</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Design Settings</source>
        <translation>Ajustes del diseño</translation>
    </message>
    <message>
        <source>Not fixed: %1</source>
        <translation>No corregido: %1</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Corregido: %1</translation>
    </message>
    <message>
        <source>&amp;Find Node…</source>
        <translation>&amp;Buscar nodo…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
</context>
<context>
    <name>apim::ManualDialog</name>
    <message>
        <source>APIM Topology Designer Manual</source>
        <translation>Manual de APIM Topology Designer</translation>
    </message>
    <message>
        <source>Canvas</source>
        <translation>Lienzo</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barra de búsqueda</translation>
    </message>
    <message>
        <source>Rename on the card</source>
        <translation>Renombrar en la tarjeta</translation>
    </message>
    <message>
        <source>Nudge the selection</source>
        <translation>Desplazar la selección</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <source>Nudge the selection by a grid step</source>
        <translation>Desplazar la selección un paso de cuadrícula</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Mayús+teclas de flecha</translation>
    </message>
    <message>
        <source>Next node, previous node</source>
        <translation>Nodo siguiente, nodo anterior</translation>
    </message>
    <message>
        <source>Cancel a drag or link, or clear the selection</source>
        <translation>Cancelar un arrastre o un enlace, o vaciar la selección</translation>
    </message>
    <message>
        <source>Context menu of the selection</source>
        <translation>Menú contextual de la selección</translation>
    </message>
    <message>
        <source>Pan (or drag with the middle button)</source>
        <translation>Desplazar la vista (o arrastrar con el botón central)</translation>
    </message>
    <message>
        <source>Space+drag</source>
        <translation>Espacio+arrastrar</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Ampliar en el cursor</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+rueda</translation>
    </message>
    <message>
        <source>Keep the name, drop it</source>
        <translation>Conservar el nombre, descartarlo</translation>
    </message>
    <message>
        <source>Next match, previous match</source>
        <translation>Coincidencia siguiente, coincidencia anterior</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>apim::NewDesignDialog</name>
    <message>
        <source>&amp;Empty design</source>
        <translation>Diseño &amp;vacío</translation>
    </message>
    <message>
        <source>From a &amp;pattern:</source>
        <translation>A partir de un &amp;patrón:</translation>
    </message>
    <message>
        <source>&amp;Key manager:</source>
        <translation>Gestor de &amp;claves:</translation>
    </message>
    <message>
        <source>Key-&amp;value store (Redis or Valkey)</source>
        <translation>Almacén clave-&amp;valor (Redis o Valkey)</translation>
    </message>
    <message>
        <source>New Design</source>
        <translation>Nuevo diseño</translation>
    </message>
    <message>
        <source>API-M &amp;version:</source>
        <translation>&amp;Versión de API-M:</translation>
    </message>
    <message>
        <source>&amp;Gateways:</source>
        <translation>&amp;Pasarelas:</translation>
    </message>
    <message>
        <source>&amp;Control planes:</source>
        <translation>Planos de &amp;control:</translation>
    </message>
    <message>
        <source>&amp;Traffic managers:</source>
        <translation>Gestores de &amp;tráfico:</translation>
    </message>
    <message>
        <source>Key &amp;managers:</source>
        <translation>Gestores de c&amp;laves:</translation>
    </message>
    <message>
        <source>&amp;All-in-one nodes:</source>
        <translation>Nodos &amp;todo en uno:</translation>
    </message>
    <message>
        <source>The traffic managers share their throttling counters through it (API-M 4.6 and later, two or more traffic managers).</source>
        <translation>Los gestores de tráfico comparten en él sus contadores de limitación (API-M 4.6 y posteriores, dos o más gestores de tráfico).</translation>
    </message>
    <message>
        <source>Separate key manager nodes</source>
        <translation>Nodos gestores de claves separados</translation>
    </message>
    <message>
        <source>WSO2 Identity Server 7</source>
        <translation>WSO2 Identity Server 7</translation>
    </message>
    <message>
        <source>Resident (inside the control plane)</source>
        <translation>Residente (dentro del plano de control)</translation>
    </message>
</context>
<context>
    <name>apim::PaletteWidget</name>
    <message>
        <source>Node palette</source>
        <translation>Paleta de nodos</translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add</source>
        <translation>Arrastre al lienzo, o haga doble clic para añadir</translation>
    </message>
</context>
<context>
    <name>apim::PasswordEdit</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Mostrar u ocultar la contraseña</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>apim::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when the designer is started again.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie el diseñador.</translation>
    </message>
    <message>
        <source>Write files &amp;safely (through a temporary file)</source>
        <translation>Escribir los archivos de forma &amp;segura (a través de un archivo temporal)</translation>
    </message>
    <message>
        <source>Turn this off for folders where renaming fails, such as some network or synchronised drives.</source>
        <translation>Desactive esto en carpetas donde falla el cambio de nombre, como algunas unidades de red o sincronizadas.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>How often unsaved changes are copied to a recovery file. 0 turns autosave off.</source>
        <translation>Con qué frecuencia se copian los cambios sin guardar a un archivo de recuperación. 0 desactiva el guardado automático.</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Guardado &amp;automático cada:</translation>
    </message>
</context>
<context>
    <name>apim::PreviewWidget</name>
    <message>
        <source>Files of %1 in %2</source>
        <translation>Archivos de %1 en %2</translation>
    </message>
    <message>
        <source>Bundle top level %1 (select a node for its files)</source>
        <translation>Nivel superior del paquete %1 (seleccione un nodo para ver sus archivos)</translation>
    </message>
</context>
<context>
    <name>apim::ProblemsModel</name>
    <message>
        <source>(design)</source>
        <translation>(diseño)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 findings: %2</source>
        <translation>%1 hallazgos: %2</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 nodos</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
</context>
<context>
    <name>apim::ProblemsWidget</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>Selects the node, or opens the file line or the design settings the finding is about.</source>
        <translation>Selecciona el nodo, o abre la línea del archivo o los ajustes del diseño a los que se refiere el hallazgo.</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Import review</source>
        <translation>Revisión de la importación</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Errores: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Advertencias: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Shown; click to hide them</source>
        <translation>Visibles; haga clic para ocultarlos</translation>
    </message>
    <message>
        <source>Hidden; click to show them</source>
        <translation>Ocultos; haga clic para mostrarlos</translation>
    </message>
    <message>
        <source>Select a finding to read all of it.</source>
        <translation>Seleccione un hallazgo para leerlo completo.</translation>
    </message>
    <message>
        <source>This finding has no automatic fix.</source>
        <translation>Este hallazgo no tiene corrección automática.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>Shows the findings whose message, hint, node, rule or file contains this text; node:NAME shows one node&apos;s findings.</source>
        <translation>Muestra los hallazgos cuyo mensaje, sugerencia, nodo, regla o archivo contiene este texto; node:NOMBRE muestra los hallazgos de un solo nodo.</translation>
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
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation>&amp;Borrar los archivos recientes</translation>
    </message>
</context>
<context>
    <name>apim::RecoveryDialog</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Recover Unsaved Design</source>
        <translation>Recuperar diseño sin guardar</translation>
    </message>
    <message>
        <source>The designer did not close properly. Unsaved changes to &lt;b&gt;%1&lt;/b&gt; were saved at %2.</source>
        <translation>El diseñador no se cerró correctamente. Los cambios sin guardar de &lt;b&gt;%1&lt;/b&gt; se guardaron a las %2.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>apim::ReviewWidget</name>
    <message>
        <source>Imported file</source>
        <translation>Archivo importado</translation>
    </message>
    <message>
        <source>Designer writes now</source>
        <translation>Lo que escribe ahora el diseñador</translation>
    </message>
    <message>
        <source>Select a node to compare its imported file with what the designer writes.</source>
        <translation>Seleccione un nodo para comparar su archivo importado con lo que escribe el diseñador.</translation>
    </message>
    <message>
        <source>%1: the designer writes no deployment.toml for this node.</source>
        <translation>%1: el diseñador no escribe ningún deployment.toml para este nodo.</translation>
    </message>
    <message>
        <source>%1: not imported; designed in the designer.</source>
        <translation>%1: no importado; diseñado en el diseñador.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no importado)</translation>
    </message>
    <message>
        <source>Imported file: %1</source>
        <translation>Archivo importado: %1</translation>
    </message>
    <message>
        <source>changed  %1: %2 → %3</source>
        <translation>cambiado   %1: %2 → %3</translation>
    </message>
    <message>
        <source>removed  %1 (only in the imported file)</source>
        <translation>eliminado  %1 (solo en el archivo importado)</translation>
    </message>
    <message>
        <source>added    %1 (only in what the designer writes)</source>
        <translation>añadido    %1 (solo en lo que escribe el diseñador)</translation>
    </message>
    <message>
        <source>%1: the designer writes the same tables, keys and values.</source>
        <translation>%1: el diseñador escribe las mismas tablas, claves y valores.</translation>
    </message>
    <message>
        <source>%1: differences: %2</source>
        <translation>%1: diferencias: %2</translation>
    </message>
    <message>
        <source>Click a difference to show its lines.</source>
        <translation>Haga clic en una diferencia para mostrar sus líneas.</translation>
    </message>
    <message>
        <source>Findings on this file</source>
        <translation>Hallazgos de este archivo</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>The review found nothing in this file.</source>
        <translation>La revisión no encontró nada en este archivo.</translation>
    </message>
</context>
<context>
    <name>apim::SettingsEditor</name>
    <message>
        <source>&lt;b&gt;Design settings&lt;/b&gt;&lt;br&gt;Shared by every node. Select a node on the canvas to edit its own fields.</source>
        <translation>&lt;b&gt;Ajustes del diseño&lt;/b&gt;&lt;br&gt;Compartidos por todos los nodos. Seleccione un nodo en el lienzo para editar sus propios campos.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separados por comas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>In console</source>
        <translation>En la consola</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL del token</translation>
    </message>
    <message>
        <source>Display in the API console</source>
        <translation>Mostrar en la consola de la API</translation>
    </message>
    <message>
        <source>Show as the token endpoint URL</source>
        <translation>Mostrar como URL del endpoint de tokens</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Change gateway environment</source>
        <translation>Cambiar el entorno de pasarela</translation>
    </message>
    <message>
        <source>Add gateway environment</source>
        <translation>Añadir un entorno de pasarela</translation>
    </message>
    <message>
        <source>Remove gateway environment</source>
        <translation>Quitar el entorno de pasarela</translation>
    </message>
</context>
<context>
    <name>apim::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>apim::StartPage</name>
    <message>
        <source>Gateway and control plane</source>
        <translation>Gateway y control plane</translation>
    </message>
    <message>
        <source>The smallest distributed setup: one gateway, one control plane and their database.</source>
        <translation>La instalación distribuida más pequeña: un gateway, un control plane y su base de datos.</translation>
    </message>
    <message>
        <source>Gateway and control plane in HA</source>
        <translation>Gateway y control plane en HA</translation>
    </message>
    <message>
        <source>Two gateways and two control planes, each pair behind a load balancer.</source>
        <translation>Dos gateways y dos control planes, cada par detrás de un balanceador de carga.</translation>
    </message>
    <message>
        <source>Separate traffic managers</source>
        <translation>Traffic managers separados</translation>
    </message>
    <message>
        <source>Gateways, control planes and traffic managers each on machines of their own.</source>
        <translation>Gateways, control planes y traffic managers, cada uno en máquinas propias.</translation>
    </message>
    <message>
        <source>Separate key managers</source>
        <translation>Key managers separados</translation>
    </message>
    <message>
        <source>Gateways, control planes and traffic managers, with key manager nodes or WSO2 Identity Server 7 issuing the tokens.</source>
        <translation>Gateways, control planes y traffic managers, con nodos key manager o WSO2 Identity Server 7 emitiendo los tokens.</translation>
    </message>
    <message>
        <source>All-in-one</source>
        <translation>Todo en uno</translation>
    </message>
    <message>
        <source>One API Manager that does everything: for trying things out.</source>
        <translation>Un solo API Manager que lo hace todo: para probar.</translation>
    </message>
    <message>
        <source>All-in-one in HA</source>
        <translation>Todo en uno en HA</translation>
    </message>
    <message>
        <source>Two all-in-one API Managers side by side behind a load balancer.</source>
        <translation>Dos API Managers todo en uno, uno al lado del otro, detrás de un balanceador de carga.</translation>
    </message>
    <message>
        <source>All-in-one plus gateways</source>
        <translation>Todo en uno con gateways</translation>
    </message>
    <message>
        <source>All-in-one API Managers that publish APIs to gateways of their own.</source>
        <translation>API Managers todo en uno que publican las API en gateways propios.</translation>
    </message>
    <message>
        <source>APIM Topology Designer</source>
        <translation>APIM Topology Designer</translation>
    </message>
    <message>
        <source>Draw a distributed WSO2 API Manager deployment and export the files every machine needs, or import the files you run and see what they describe.</source>
        <translation>Dibuje una instalación distribuida de WSO2 API Manager y exporte los archivos que necesita cada máquina, o importe los archivos que usa y vea lo que describen.</translation>
    </message>
    <message>
        <source>Start a new design</source>
        <translation>Empezar un diseño nuevo</translation>
    </message>
    <message>
        <source>Empty canvas</source>
        <translation>Lienzo vacío</translation>
    </message>
    <message>
        <source>Start from nothing and place the nodes yourself.</source>
        <translation>Empezar de cero y colocar los nodos usted mismo.</translation>
    </message>
    <message>
        <source>Choose version and node counts…</source>
        <translation>Elegir versión y número de nodos…</translation>
    </message>
    <message>
        <source>Any of these patterns, at another API-M version or with more nodes.</source>
        <translation>Cualquiera de estos patrones, con otra versión de API-M o con más nodos.</translation>
    </message>
    <message>
        <source>Review what you run</source>
        <translation>Revisar lo que usa</translation>
    </message>
    <message>
        <source>Import deployment.toml files…</source>
        <translation>Importar archivos deployment.toml…</translation>
    </message>
    <message>
        <source>Pick the files (or a zip of them): each becomes a node, their URLs become links, and the review lists what is wrong.</source>
        <translation>Elija los archivos (o un zip con ellos): cada uno se convierte en un nodo, sus URL en enlaces, y la revisión enumera lo que está mal.</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importar una carpeta…</translation>
    </message>
    <message>
        <source>Every deployment.toml below a folder, such as a checkout of your configuration.</source>
        <translation>Todos los deployment.toml bajo una carpeta, como una copia de su configuración.</translation>
    </message>
    <message>
        <source>Open a design</source>
        <translation>Abrir un diseño</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>A design saved as .apimtopo.</source>
        <translation>Un diseño guardado como .apimtopo.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Read the manual</source>
        <translation>Leer el manual</translation>
    </message>
    <message>
        <source>Designing, importing, reviewing, exporting and the shortcuts (F1 at any time).</source>
        <translation>Diseñar, importar, revisar, exportar y los atajos (F1 en cualquier momento).</translation>
    </message>
</context>
<context>
    <name>apim::TopologyDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>apim::compose</name>
    <message>
        <source>the design has no nodes</source>
        <translation>el diseño no tiene nodos</translation>
    </message>
    <message>
        <source>it has more than %1 nodes, more than one compose network of the target holds</source>
        <translation>tiene más de %1 nodos, más de los que admite una red compose del destino</translation>
    </message>
    <message>
        <source>database %1 is %2; the compose target runs the MySQL and PostgreSQL images only</source>
        <translation>la base de datos %1 es %2; el destino compose solo ejecuta las imágenes de MySQL y PostgreSQL</translation>
    </message>
    <message>
        <source>%1 is a %2 node, for which the compose target has no image (WSO2 publishes images for the API-M components only)</source>
        <translation>%1 es un nodo %2, para el que el destino compose no tiene imagen (WSO2 publica imágenes solo para los componentes de API-M)</translation>
    </message>
</context>
<context>
    <name>apim::helm</name>
    <message>
        <source>the charts write the keystore names and aliases unquoted, and %1 holds a quote, backslash or control character</source>
        <translation>los charts escriben los nombres y alias de los keystores sin comillas, y %1 contiene una comilla, una barra invertida o un carácter de control</translation>
    </message>
    <message>
        <source>the charts write database URLs and users unquoted, and the %1 of %2 holds a quote, backslash or control character</source>
        <translation>los charts escriben las URL y los usuarios de base de datos sin comillas, y el %1 de %2 contiene una comilla, una barra invertida o un carácter de control</translation>
    </message>
    <message>
        <source>gateway environment %1 holds a control character, which the charts cannot write</source>
        <translation>el entorno de gateway %1 contiene un carácter de control que los charts no pueden escribir</translation>
    </message>
    <message>
        <source>a gateway label of %1 holds a control character, which the charts cannot write</source>
        <translation>una etiqueta de gateway de %1 contiene un carácter de control que los charts no pueden escribir</translation>
    </message>
    <message>
        <source>the design has no nodes</source>
        <translation>el diseño no tiene nodos</translation>
    </message>
    <message>
        <source>helm-apim has charts of the 4.5, 4.6 and 4.7 component distributions only; this design is API-M %1</source>
        <translation>helm-apim solo tiene charts de las distribuciones por componentes 4.5, 4.6 y 4.7; este diseño es API-M %1</translation>
    </message>
    <message>
        <source>%1 is a %2 node, for which helm-apim has no chart</source>
        <translation>%1 es un nodo %2, para el que helm-apim no tiene chart</translation>
    </message>
    <message>
        <source>it has more than %1 %2 nodes; the %3 chart runs one or two instances</source>
        <translation>tiene más de %1 nodos %2; el chart %3 ejecuta una o dos instancias</translation>
    </message>
    <message>
        <source>it mixes all-in-one nodes with control plane, traffic manager or key manager nodes, which no helm-apim pattern combines</source>
        <translation>mezcla nodos todo en uno con nodos control plane, traffic manager o key manager, algo que ningún patrón de helm-apim combina</translation>
    </message>
    <message>
        <source>it has no control plane or all-in-one node, which every helm-apim pattern installs first</source>
        <translation>no tiene control plane ni nodo todo en uno, que todo patrón de helm-apim instala primero</translation>
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
        <translation>Diseñe despliegues distribuidos de WSO2 API Manager.</translation>
    </message>
    <message>
        <source>A .apimtopo design to open.</source>
        <translation>Un diseño .apimtopo para abrir.</translation>
    </message>
    <message>
        <source>Start from a template: %1.</source>
        <translation>Partir de una plantilla: %1.</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>patrón</translation>
    </message>
    <message>
        <source>Gateways in the template (gw-cp-ha).</source>
        <translation>Pasarelas en la plantilla (gw-cp-ha).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Control planes in the template (gw-cp-ha).</source>
        <translation>Planos de control en la plantilla (gw-cp-ha).</translation>
    </message>
</context>
</TS>
