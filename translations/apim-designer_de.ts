<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BundleWriter</name>
    <message>
        <source>Refusing to write the bundle: unsafe path &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path starts with a drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path has an empty segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path has a &quot;.&quot; or &quot;..&quot; segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it occurs twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is both a file and a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No zip file name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose overwrite to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the zip file %1 (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1 to the zip file (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 into the zip file (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish the zip file %1 (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder name given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the bundle into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it leaves the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the permissions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new bundle to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the existing %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CanvasStyle</name>
    <message>
        <source>GW</source>
        <comment>gateway tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CP</source>
        <comment>control plane tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LB</source>
        <comment>load balancer tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB</source>
        <comment>database tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TM</source>
        <comment>traffic manager tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KM</source>
        <comment>key manager tag</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AM</source>
        <comment>all-in-one tag</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClusterFrameItem</name>
    <message>
        <source>HA cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>the super admin is still admin/admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keystore uses the shipped password wso2carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the truststore uses the shipped password wso2carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the [server] hostname of %2: imported as the load balancer %3 in front of them; each node keeps its name as its own hostname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the nodes&apos; own hostnames and IPs: the files only name the balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the role is wrong, set server_role in the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are on different database servers; a node links to one database, so the design links it to the %3 server and keeps the other in its extra TOML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put apim_db and shared_db on one database server, or keep the second in the extra TOML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no node&apos;s hostname but the service URL next to endpoints of %2 nodes: imported as the load balancer %3 in front of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 really fronts these nodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2, which is no imported node: kept as an external endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import that node&apos;s file too, or correct the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the topology or the design settings to match, or edit the value in the node&apos;s extra TOML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 [[%2]] table(s); the design would write %3. Kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points at %2; from the topology the designer would point it at %3. Kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 in the file; the design would write %3. Kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the distributed nodes say server_role &quot;default&quot;, as the separate 4.5+ distributions do: the design targets API-M 4.5.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the exact version in the design settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no *.toml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a Helm, Jinja or ERB template: render it, then import the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file configures nothing that decides the role; its path names &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file configures nothing that decides the role; all-in-one assumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server_role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it both defines gateway environments and works as a gateway (labels, throttle decisions or gateway caches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it defines gateway environments but does no gateway work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and its gateway environment points at the node itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and its gateway environment points at another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it works as a gateway (labels, throttle decisions or gateway caches) but defines no gateway environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it carries WSO2 Identity Server settings (identity_db, access control)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it notifies token revocations and listens to a remote event hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it notifies token revocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and it uses apim_db but has no gateway environment or token revocation listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server_role &quot;%1&quot; is a 3.x profile; its closest 4.x role is the control plane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkItem</name>
    <message>
        <source>×%1</source>
        <comment>a bundle of links</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; in a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot start with &apos;.&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows reserves this name for a device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeClipboard</name>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cut %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>no hostname</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>missing key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must hold strings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing table [design]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported API-M version &apos;%1&apos; (4.0 to 4.7 are known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;environment&apos; must be an array of tables ([[environment]])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment type must be hybrid, production or sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate environment &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown node kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node name &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate node name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link from unknown node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to unknown node &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid link %1 -&gt; %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a project file: format_version is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format_version must be a positive integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer version of the designer (format %1; this version reads up to %2). Update the designer to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an array of tables ([[%1]])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not save: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>not valid TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sub-table before its parent table, or [apim] enable_secure_vault after [apim.*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[secrets] is not the last table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a $secret{x} with no x in [secrets]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway label with no gateway environment of that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a URL naming a host that is no node or load balancer of the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throttle endpoints missing a node, naming a load balancer or using a wrong port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA control planes without an event hub, or duplicating events to the wrong nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two nodes on one machine listening on the same port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ${...port} placeholder in a URL to a node with another offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin/admin or the shipped wso2carbon keystore passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the primary keystore differs between API-M nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an H2 apim_db or shared_db in a multi-node design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role with one node only, so no high availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a node behind a load balancer without proxyPort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[server] hostname is localhost in a multi-node design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key API-M does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[apim] with enable_secure_vault comes after %1 (line %2): API-M refuses to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes after its sub-table %2 (line %3): valid TOML, but API-M refuses to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put [apim] enable_secure_vault = true before every other [apim] table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 and its keys above line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[secrets] is followed by %1 (line %2); API-M reads secrets only from the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move [secrets] and its keys to the very end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[secrets] is followed by [%1]; API-M reads secrets only from the end of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move [secrets] to the end of the node&apos;s extra TOML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$secret{%1} has no %1 in [secrets]; API-M cannot resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 = &quot;[plaintext]&quot; under [secrets] at the end of the file, then run ciphertool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an array of tables in API-M: write [[%2]].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-M 4.x does not know the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-M ignores keys it does not know: check the spelling against the configuration catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid TOML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the syntax at this position; API-M will not start with this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extra TOML of %1 is not valid TOML (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it in the node&apos;s inspector; until then it is left out of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the super admin is admin/admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[keystore.%1] %2 is the shipped wso2carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the truststore password is the shipped wso2carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps default credentials: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the super admin password, and use your own keystore and truststore with their own passwords; keep them in [secrets].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the primary keystore %2 (alias %3); most API-M nodes use %4 (alias %5). Data one node encrypts, another cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the same primary keystore file and alias on every API-M node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[database.%1] of %2 is an embedded H2 database in a design of %3 API-M nodes: each node would keep its own copy of data they must share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1 at the shared database server (MySQL, PostgreSQL, MSSQL, Oracle or DB2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves the label &quot;%2&quot;, but no control plane of the design defines a gateway environment of that name: APIs stay in &quot;deployment pending&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves the label &quot;%2&quot;, but %3 define no gateway environment of that name: APIs stay in &quot;deployment pending&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a [[apim.gateway.environment]] named &quot;%1&quot; on the control planes, or fix the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the host %2, which is no node or load balancer of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the node (or import its file), or correct the host. An external service may stay as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[database.%1] names the host %2, which is no database or node of the design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a database node with that hostname, or correct the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names the load balancer %2: throttle decisions and events must come from each node directly, or the subscriptions split between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every node of the cluster instead: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses port %2, but %3 listens on %4 (offset %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 misses %3: that node&apos;s throttle decisions never reach the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2, but it is linked to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry for each of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is one of %2 control planes behind %3 but has no [apim.event_hub]: token revocations and policy events reach one node only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add [apim.event_hub] with event_duplicate_url naming %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it misses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no other control plane of the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event_duplicate_url of %1 must name exactly the other control planes behind %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set event_duplicate_url to the AMQP endpoints of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points at %2 with a port placeholder, which resolves on %3 with its offset %4; %2 has offset %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write %1&apos;s port literally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are both on %3 and both listen on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of them another port offset, or put it on another machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[server] hostname is %1 in a design of %2 API-M nodes: the URLs this node hands out (and its certificates) name a host the others cannot reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the hostname other nodes and clients use for %1 (its load balancer&apos;s name when it has one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is behind the load balancer %2 but has no %3: its portals redirect to its own port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set proxyPort to the load balancer&apos;s ports (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only %2 of the design: when it stops, its role stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a second %1 behind a load balancer for high availability.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique node name; also its folder in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine&apos;s own hostname, as the other nodes reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for the hosts entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to every port the node listens on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves API traffic; pulls artifacts from the control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway environments this gateway serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher, Developer Portal, key manager and traffic manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NGINX in front of one cluster of nodes of the same kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public hostname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name clients and other nodes use for the cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes proxyPort of [transport.http]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes proxyPort of [transport.https]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds apim_db and shared_db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The [database.*] type key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apim_db name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apim_db user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apim_db password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared_db name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared_db user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared_db password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate throttling node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate key manager (API-M profile or WSO2 IS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All-in-one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every API-M component in one node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JMS / binary events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JDBC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Super admin password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore key password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truststore password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apim_db password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared_db password of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>One gateway and one control plane with a MySQL database (the seed&apos;s single-node deployment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways and control planes, each cluster behind a load balancer, with a MySQL database (the seed&apos;s HA cluster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pattern &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node counts must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TomlReader</name>
    <message>
        <source>file is %1 bytes, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL byte in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line is longer than the limit of %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key has more than %1 dotted parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 key/value pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array longer than %1 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Topology</name>
    <message>
        <source>The node no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A node cannot link to itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These nodes are already linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These nodes are already linked the other way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load balancer fronts API-M nodes; a database is reached directly over JDBC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load balancer cannot front another load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the other way: from the %1 to the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 does not link to a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already behind the load balancer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fronts %2 nodes; a cluster holds nodes of one kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already uses the database %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Connect %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n link(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change design settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit raw TOML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>API-M version &apos;%1&apos; is not one the designer knows (4.0 to 4.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The super admin user name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design has no gateway environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one under the design settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid node name &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node name &apos;%1&apos; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no hostname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is linked to no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a link from the node to a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 is linked to no control plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a link from the gateway to a control plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 serves the label &apos;%2&apos;, but no gateway environment has that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the environment in the design settings or fix the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 serves no environment label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer %1 has no public hostname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load balancer %1 fronts no node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw links from the load balancer to the nodes of its cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 has an empty password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API-M node uses database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept TOML of %1 does not parse: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway serves the environment &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the label to a gateway, or remove the environment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>entry &quot;%1&quot; refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path is absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path contains &quot;..&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its path is not in clean form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a device, fifo or socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compression method %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it declares %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive holds more than the %1 bytes allowed in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expands more than %1 times (%2 bytes from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be opened (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds more than the %1 bytes allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expands more than %1 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data is damaged (CRC mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its data is damaged (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 bytes but declares %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable zip archive (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zip directory is damaged (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has %1 entries, more than the %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has more than the %1 entries allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 has a damaged header (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it occurs twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::CanvasLegend</name>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HA cluster behind a load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors / warnings on a node</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::CanvasScene</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::CanvasView</name>
    <message>
        <source>The diagram is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image would be %1 × %2 pixels; choose a smaller scale or export SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 pixel image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology diagram exported by APIM Topology Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align centres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align middles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::ExportDialog</name>
    <message>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is generated from a design with errors; the nodes may not start. Export anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, choose where to write the zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords the project file leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They go into this export only. The command-line tool reads them from the environment variables shown in the tooltips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Anyway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::InspectorDelegate</name>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::InspectorModel</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several nodes cannot share one name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another node is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::InspectorWidget</name>
    <message>
        <source>Unmanaged TOML (kept from the import)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys the designer does not manage; they are merged into the node&apos;s deployment.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n nodes selected&lt;/b&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fields shared by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmanaged TOML (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::MainWindow</name>
    <message>
        <source>&lt;start&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About APIM Topology Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — APIM Topology Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nodes: %1 · Links: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard does not hold nodes this designer can read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design could not be opened.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The design could not be saved to %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIM topology designs (*.apimtopo);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Design As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIM topology designs (*.apimtopo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not written.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was written to:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Diagram as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About APIM Topology Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;APIM Topology Designer %1&lt;/h3&gt;&lt;p&gt;Design distributed WSO2 API Manager deployments and export a configuration bundle for every node.&lt;/p&gt;&lt;p&gt;The same bundle comes from &lt;code&gt;apim-designer-cli export&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::NewDesignDialog</name>
    <message>
        <source>&amp;Empty design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control planes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::PaletteWidget</name>
    <message>
        <source>Node palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto the canvas, or double-click to add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::PasswordEdit</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when the designer is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write files &amp;safely (through a temporary file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn this off for folders where renaming fails, such as some network or synchronised drives.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::PreviewWidget</name>
    <message>
        <source>Files of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle top level %1 (select a node for its files)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::ProblemsModel</name>
    <message>
        <source>(design)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::ProblemsWidget</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::ReviewWidget</name>
    <message>
        <source>Imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designer writes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a node to compare its imported file with what the designer writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the designer writes no deployment.toml for this node.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported; designed in the designer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed  %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed  %1 (only in the imported file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added    %1 (only in what the designer writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the designer writes the same tables, keys and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: differences: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::SettingsEditor</name>
    <message>
        <source>&lt;b&gt;Design settings&lt;/b&gt;&lt;br&gt;Shared by every node. Select a node on the canvas to edit its own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API-M version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store passwords in the project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export passwords as Secure Vault aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords become $secret{alias} references, with a [secrets] table for WSO2&apos;s cipher tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truststore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache invalidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalidate gateway caches over JMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JMS heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send [qpid.heartbeat]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay (seconds):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts the gateways skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display in the API console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as the token endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change gateway environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add gateway environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove gateway environment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>apim::TopologyDocument</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>APIM Topology Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design distributed WSO2 API Manager deployments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .apimtopo design to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways in the template (gw-cp-ha).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control planes in the template (gw-cp-ha).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
