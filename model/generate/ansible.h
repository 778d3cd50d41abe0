// The Ansible target: an inventory, group variables, a vault template and a
// playbook with roles (ansible.builtin modules only) that deploy the design on
// its machines. Pure, like every generator: the same design gives the same bytes.
// ansibleinventory.cpp: inventory.yml, group_vars, vault-template.yml and the
// node files (deployment.toml and database.sql as templates whose secrets are
// vault variables); ansibleroles.cpp: the roles; ansibleplaybook.cpp: site.yml,
// ansible.cfg, README.md and the file list.
#pragma once

#include "bundlefile.h"
#include "design.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace apim::ansible {

// A password or key of the design, kept out of every file but the vault template.
struct Secret
{
    QString variable; // apim_admin_password: what templates use
    QString value;    // the design's value, written only to vault-template.yml
    QString purpose;  // untranslated, for the vault template's comment
};

// What the playbook needs to know of a design.
struct Plan
{
    struct Host
    {
        const Node *node = nullptr;
        QString name;   // inventory host name: the node name
        QString folder; // nodes/<folder>/ under ansible/: the bundle's folder name
        bool apim = false, database = false, balancer = false;
    };
    QList<Host> hosts;                         // in node order
    QList<QPair<QString, QStringList>> groups; // group -> host names, in file order
    QStringList stepGroups;                    // API-M start order: event hubs, then managers, then gateways
    QList<Secret> secrets;
};

Plan plan(const Design &design);

// The inventory and variable files, paths relative to ansible/.
BundleFiles inventoryFiles(const Design &design, const Plan &plan);
// nodes/<folder>/...: the files the roles copy or render for each host.
BundleFiles nodeTemplateFiles(const Design &design, const Plan &plan);
// roles/<role>/tasks/main.yml and their defaults and templates.
BundleFiles roleFiles();
// site.yml, in the start order of `plan`.
QByteArray playbook(const Plan &plan);
QByteArray readme(const Design &design, const Plan &plan);

// ansible/ files, paths relative to the ansible folder, sorted.
BundleFiles ansibleFiles(const Design &design);

} // namespace apim::ansible
