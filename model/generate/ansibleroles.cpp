// The Ansible target's roles. They are the same for every design: what differs
// per host comes from the inventory (apim_node, apim_pack, ...). Only
// ansible.builtin modules. Every path written on a host starts with
// {{ apim_root }}; package installs are tagged `packages`, service starts and
// anything that needs a running server `services`, so both can be skipped.
// Idempotent: unpacking is guarded by `creates`, the rest are state modules.
#include "ansible.h"

namespace apim::ansible {

namespace {

const char CommonTasks[] = R"(---
- name: Hosts entries the node's files name
  ansible.builtin.blockinfile:
    path: "{{ apim_root }}/etc/hosts"
    block: "{{ lookup('ansible.builtin.file', playbook_dir ~ '/nodes/' ~ apim_node ~ '/hosts') }}"
    marker: "# {mark} APIM Topology Designer: {{ apim_node }}"
    create: true
    mode: "0644"
  when: (playbook_dir ~ '/nodes/' ~ apim_node ~ '/hosts') is file
)";

const char ApimDefaults[] = R"(---
# The API-M home of this host: the pack's folder under apim_install_dir.
apim_home: "{{ apim_install_dir }}/{{ apim_pack }}"
apim_unit: "wso2am-{{ apim_node }}"
)";

const char ApimTasks[] = R"(---
- name: Java and unzip
  ansible.builtin.apt:
    name:
      - openjdk-17-jre-headless
      - unzip
    state: present
  tags: [packages]

- name: The API-M group
  ansible.builtin.group:
    name: "{{ apim_group }}"
    system: true
  tags: [packages]

- name: The API-M account
  ansible.builtin.user:
    name: "{{ apim_owner }}"
    group: "{{ apim_group }}"
    system: true
    create_home: false
  tags: [packages]

- name: The install folder
  ansible.builtin.file:
    path: "{{ apim_root }}{{ apim_install_dir }}"
    state: directory
    owner: "{{ apim_owner }}"
    group: "{{ apim_group }}"
    mode: "0755"

- name: Download the API-M pack
  ansible.builtin.get_url:
    url: "{{ apim_pack_source }}/{{ apim_pack }}.zip"
    dest: "{{ apim_root }}{{ apim_install_dir }}/{{ apim_pack }}.zip"
    mode: "0644"
  when: apim_pack_source is match('https?://')

- name: Unpack the API-M pack
  ansible.builtin.unarchive:
    src: "{{ (apim_root ~ apim_install_dir) if apim_pack_source is match('https?://') else apim_pack_source }}/{{ apim_pack }}.zip"
    remote_src: "{{ apim_pack_source is match('https?://') }}"
    dest: "{{ apim_root }}{{ apim_install_dir }}"
    creates: "{{ apim_root }}{{ apim_home }}/bin"
    owner: "{{ apim_owner }}"
    group: "{{ apim_group }}"

- name: Folders of the node's files
  ansible.builtin.file:
    path: "{{ apim_root }}{{ apim_home }}/{{ item }}"
    state: directory
    owner: "{{ apim_owner }}"
    group: "{{ apim_group }}"
    mode: "0755"
  loop:
    - repository/conf
    - repository/components/lib
    - repository/resources/security

- name: The deployment.toml, its secrets from the vault
  ansible.builtin.template:
    src: "{{ playbook_dir }}/nodes/{{ apim_node }}/repository/conf/deployment.toml.j2"
    dest: "{{ apim_root }}{{ apim_home }}/repository/conf/deployment.toml"
    owner: "{{ apim_owner }}"
    group: "{{ apim_group }}"
    mode: "0600"
    trim_blocks: false
  register: apim_config

- name: The start script
  ansible.builtin.copy:
    src: "{{ playbook_dir }}/nodes/{{ apim_node }}/start.sh"
    dest: "{{ apim_root }}{{ apim_home }}/start.sh"
    owner: "{{ apim_owner }}"
    group: "{{ apim_group }}"
    mode: "0755"

- name: The JDBC driver
  ansible.builtin.copy:
    src: "{{ apim_jdbc_driver }}"
    dest: "{{ apim_root }}{{ apim_home }}/repository/components/lib/"
    owner: "{{ apim_owner }}"
    group: "{{ apim_group }}"
    mode: "0644"
  when: apim_jdbc_driver | length > 0
  register: apim_driver

- name: The keystores and truststore certs/make-certs.sh made
  ansible.builtin.copy:
    src: "{{ apim_bundle_dir }}/nodes/{{ apim_node }}/repository/resources/security/{{ item }}"
    dest: "{{ apim_root }}{{ apim_home }}/repository/resources/security/{{ item }}"
    owner: "{{ apim_owner }}"
    group: "{{ apim_group }}"
    mode: "0600"
  loop:
    - tls.p12
    - primary.p12
    - truststore.p12
  when: apim_certificates
  register: apim_stores

- name: The folder of systemd units
  ansible.builtin.file:
    path: "{{ apim_root }}/etc/systemd/system"
    state: directory
    mode: "0755"

- name: The systemd unit
  ansible.builtin.template:
    src: wso2am.service.j2
    dest: "{{ apim_root }}/etc/systemd/system/{{ apim_unit }}.service"
    mode: "0644"
  register: apim_service

- name: Start API-M, restarted when its files changed
  ansible.builtin.systemd:
    name: "{{ apim_unit }}"
    enabled: true
    daemon_reload: "{{ apim_service.changed }}"
    state: "{{ 'restarted' if (apim_config.changed or apim_driver.changed or apim_stores.changed or apim_service.changed) else 'started' }}"
  tags: [services]

- name: Wait until API-M answers /services/Version
  ansible.builtin.uri:
    url: "http://127.0.0.1:{{ apim_health_port }}/services/Version"
    status_code: 200
  register: apim_health
  until: apim_health.status == 200
  retries: "{{ apim_health_retries }}"
  delay: 10
  tags: [services]
)";

// Runs start.sh in the foreground; 143 is the JVM's exit on SIGTERM (systemctl stop).
const char ApimUnit[] = R"(# API-M node {{ apim_node }}. Generated by APIM Topology Designer (role apim_node).
[Unit]
Description=WSO2 API-M {{ apim_node }}
After=network-online.target
Wants=network-online.target

[Service]
User={{ apim_owner }}
Group={{ apim_group }}
ExecStart=/bin/sh {{ apim_home }}/start.sh {{ apim_home }}
SuccessExitStatus=143
LimitNOFILE=65536
Restart=on-failure

[Install]
WantedBy=multi-user.target
)";

const char DatabaseDefaults[] = R"(---
apim_db_service: "{{ 'postgresql' if apim_db_type == 'postgre' else 'mariadb' }}"
apim_db_dir: "{{ apim_root }}/var/lib/apim-designer"
# How the script runs on the database host, per engine.
apim_db_init:
  postgre: [psql, -v, ON_ERROR_STOP=1, -f, "{{ apim_db_dir }}/database.sql"]
  mysql: [mysql, --execute, "source {{ apim_db_dir }}/database.sql"]
)";

const char DatabaseTasks[] = R"(---
- name: The database server
  ansible.builtin.apt:
    name: "{{ 'postgresql' if apim_db_type == 'postgre' else 'mariadb-server' }}"
    state: present
  when: apim_db_script
  tags: [packages]

- name: The folder of the database script
  ansible.builtin.file:
    path: "{{ apim_db_dir }}"
    state: directory
    mode: "0700"
  when: apim_db_script

- name: The database script, its passwords from the vault
  ansible.builtin.template:
    src: "{{ playbook_dir }}/nodes/{{ apim_node }}/database.sql.j2"
    dest: "{{ apim_db_dir }}/database.sql"
    mode: "0600"
    trim_blocks: false
  when: apim_db_script
  notify: Create the databases and users

- name: Start the database server
  ansible.builtin.service:
    name: "{{ apim_db_service }}"
    state: started
    enabled: true
  when: apim_db_script
  tags: [services]

- name: Wait for the database port
  ansible.builtin.wait_for:
    port: "{{ apim_db_port }}"
    timeout: 300
  tags: [services]

- name: Databases and users before the API-M nodes start
  ansible.builtin.meta: flush_handlers
)";

// The script is safe to run again (it creates what is missing), so it runs when it changed.
const char DatabaseHandlers[] = R"(---
- name: Create the databases and users
  ansible.builtin.command:
    argv: "{{ apim_db_init[apim_db_type] }}"
  become: "{{ apim_db_type == 'postgre' }}"
  become_user: postgres
  changed_when: true
  when: "'services' not in ansible_skip_tags"
)";

const char BalancerTasks[] = R"(---
- name: NGINX
  ansible.builtin.apt:
    name: nginx
    state: present
  tags: [packages]

- name: The folders of the NGINX configuration
  ansible.builtin.file:
    path: "{{ apim_root }}/etc/nginx/{{ item.path }}"
    state: directory
    mode: "{{ item.mode }}"
  loop:
    - {path: conf.d, mode: "0755"}
    - {path: ssl, mode: "0700"}

- name: The balancer's configuration
  ansible.builtin.copy:
    src: "{{ playbook_dir }}/nodes/{{ apim_node }}/nginx.conf"
    dest: "{{ apim_root }}/etc/nginx/conf.d/{{ apim_node }}.conf"
    mode: "0644"
  notify: Reload NGINX

- name: The balancer's certificate and key certs/make-certs.sh made
  ansible.builtin.copy:
    src: "{{ apim_bundle_dir }}/nodes/{{ apim_node }}/ssl/{{ apim_lb_cert }}{{ item.suffix }}"
    dest: "{{ apim_root }}/etc/nginx/ssl/{{ apim_lb_cert }}{{ item.suffix }}"
    mode: "{{ item.mode }}"
  loop:
    - {suffix: .crt, mode: "0644"}
    - {suffix: .key, mode: "0600"}
  when: apim_certificates
  notify: Reload NGINX

- name: Check the NGINX configuration
  ansible.builtin.command:
    argv: [nginx, -t]
  changed_when: false
  tags: [services]

- name: Start NGINX
  ansible.builtin.service:
    name: nginx
    state: started
    enabled: true
  tags: [services]
)";

const char BalancerHandlers[] = R"(---
- name: Reload NGINX
  ansible.builtin.service:
    name: nginx
    state: reloaded
  when: "'services' not in ansible_skip_tags"
)";

BundleFile text(const char *path, const char *data)
{
    return {QString::fromLatin1(path), QByteArray(data)};
}

} // namespace

BundleFiles roleFiles()
{
    return {
        text("roles/common/tasks/main.yml", CommonTasks),
        text("roles/apim_node/defaults/main.yml", ApimDefaults),
        text("roles/apim_node/tasks/main.yml", ApimTasks),
        text("roles/apim_node/templates/wso2am.service.j2", ApimUnit),
        text("roles/database/defaults/main.yml", DatabaseDefaults),
        text("roles/database/tasks/main.yml", DatabaseTasks),
        text("roles/database/handlers/main.yml", DatabaseHandlers),
        text("roles/load_balancer/tasks/main.yml", BalancerTasks),
        text("roles/load_balancer/handlers/main.yml", BalancerHandlers),
    };
}

} // namespace apim::ansible
