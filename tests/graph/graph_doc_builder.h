#pragma once
// One document's extraction built in a few lines, for the roles and corrections tests.

#include <map>
#include <string>
#include <vector>

#include "model/types.h"

namespace kg_test {

struct DocBuilder {
    kg::DocumentExtraction x;

    DocBuilder(std::string id, std::string date) {
        x.document.id = std::move(id);
        x.document.date = std::move(date);
    }
    std::size_t entity(kg::EntityType type, std::string name, std::string full_name = {}) {
        kg::Entity e;
        e.type = type;
        e.name = std::move(name);
        e.full_name = std::move(full_name);
        e.mentions.push_back({{0, 5}, e.name});
        x.entities.push_back(std::move(e));
        return x.entities.size() - 1;
    }
    std::size_t person(std::string name, std::string full_name = {}) {
        return entity(kg::EntityType::Person, std::move(name), std::move(full_name));
    }
    std::size_t organisation(std::string name) { return entity(kg::EntityType::Organization, std::move(name)); }
    void role(std::size_t person, std::size_t organisation, std::string title) {
        kg::Relation r;
        r.type = kg::RelationType::Role;
        r.a = person;
        r.b = organisation;
        r.attributes["title"] = std::move(title);
        r.evidence.push_back(kg::Evidence{x.document.id, {0, 20}, "test", 0.9});
        x.relations.push_back(std::move(r));
    }
    void met(std::size_t a, std::size_t b) {
        kg::Relation r;
        r.type = kg::RelationType::Met;
        r.a = a;
        r.b = b;
        r.date = x.document.date;
        r.evidence.push_back(kg::Evidence{x.document.id, {0, 20}, "test", 0.9});
        x.relations.push_back(std::move(r));
    }
};

}  // namespace kg_test
