// The grammar's word classes (see extract/detail/document_reader.h).

#include "extract/detail/document_reader.h"

namespace kg::extract::detail {

// Words that start sentences or headings in capitals but never begin a name.
const std::unordered_set<std::string_view>& non_name_words() {
    static const std::unordered_set<std::string_view> s = {
        "The", "A", "An", "On", "In", "At", "Of", "For", "And", "Or", "But", "With", "By", "To", "From", "As",
        "This", "That", "These", "Those", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "Our",
        "Both", "All", "Also", "After", "Before", "During", "Following", "Regarding", "Furthermore", "Moreover",
        "In", "Minister", "Ministers", "Secretary", "President", "Ambassador", "Foreign", "State", "Prime",
        "Deputy", "Vice", "General", "Meeting", "Summit", "Talk", "Talks", "Conference", "Session", "Photo",
        "Press", "Releases", "Release", "Back", "Overview", "Japan", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Senator", "Honorable", "Honourable", "Hon", "Rt",
        "Excellency", "Mr", "Ms", "Mrs", "Dr", "Prof", "Sir", "Dame", "Former", "Chairman", "Chair", "Director",
        "Director-General", "Commissioner", "Chancellor", "Premier", "King", "Queen", "Prince", "Princess",
        "Emperor", "Crown", "High", "Representative", "Special", "Envoy", "Government", "Governments",
        "Ministry", "Embassy", "Bureau", "Office", "Council", "Commission", "Committee", "Delegation",
        "Partner", "Partners", "Member", "Members", "Leaders", "Leader", "Head", "Heads", "Chief", "Official",
        "Officials", "Side", "Sides", "Courtesy", "Call", "Telephone", "Video", "Joint", "Statement",
        "Minsister", "JST", "USD", "EUR", "JPY", "PDF", "AM", "PM", "Q", "Open", "New", "Window", "Read",
        "Full", "News", "Source", "Page", "Reference", "Note", "Attendance", "Visit", "Dinner", "Lunch",
        "Working", "Bilateral", "Trilateral", "Group", "Commemorative", "Signing", "Ceremony", "Japanese",
        "Secretary-General", "Vice-President", "Vice-Minister", "Where", "When", "What", "Which", "Who", "How",
        "Outline", "Summary", "Today", "Yesterday", "Tomorrow", "Since", "Through", "Under", "Between",
        "Among", "Against", "Regarding", "Concerning", "Recently", "Currently", "Additionally", "Finally",
        "Then", "Next", "Lastly", "First", "Second", "Third", "Here", "There", "Yes", "No", "Not", "Please",
        // verbs of headlines written in title case ("Foreign Minister Cho Holds Talks with ...")
        "Holds", "Held", "Meets", "Met", "Hosts", "Hosted", "Receives", "Received", "Visits", "Visited", "Attends",
        "Attended", "Calls", "Speaks", "Spoke", "Welcomes", "Signs", "Joins", "Discusses", "Travels", "Announces",
        "Says", "Condemns", "Readout", "Remarks", "Today", "Media", "Briefing", "Room", "Date", "Published", "From",
        "Spokesperson", "Spokesman", "Spokeswoman"};
    return s;
}

const std::unordered_map<std::string_view, std::uint32_t>& raw_word_flags() {
    static const std::unordered_map<std::string_view, std::uint32_t> m = [] {
        std::unordered_map<std::string_view, std::uint32_t> f;
        for (std::string_view w : non_name_words()) f[w] |= kNonName;
        for (std::string_view w : {"January", "February", "March", "April", "May", "June", "July", "August",
                                   "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
                                   "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"})
            f[w] |= kMonth;
        for (std::string_view w : {"MP", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "AO", "AC", "PhD", "Jr", "Sr", "MEP",
                                   "MdB", "TD"})
            f[w] |= kPostNominal;
        for (std::string_view w : {"Mr", "Ms", "Mrs", "Dr", "Prof", "Messrs", "Mme", "Mlle", "Shri", "Smt", "Shrimati", "Sir", "Dame", "H", "HE",
                                   "His", "Her", "Hon", "Honorable", "Honourable", "the", "The", "Rt", "Right",
                                   "Senator"})
            f[w] |= kHonorificStart;
        for (std::string_view w :
             {"Meeting", "Meetings", "Summit", "Conference", "Session", "Sessions", "Consultations", "Consultation",
              "Talk", "Talks", "Forum", "Symposium", "Ministerial", "Round", "Programme", "Program", "Fund",
              "Initiative", "Strategy", "Partnership", "Agreement", "Framework", "Vision", "Plan", "Formula", "Treaty",
              "Accord", "Outlook", "Dialogue", "Dialogues", "Declaration", "Charter", "Convention", "Roadmap",
              "Compact", "Mechanism", "Package", "Statement", "Principles", "Act", "Doctrine", "Agenda", "Facility", "Bureau",
              "Ministry", "Office", "Embassy", "Council", "Commission", "Committee", "Agency", "Organization",
              "Organisation", "Forces", "Parliament", "Assembly", "Secretariat", "Department", "Bank", "Union", "Court",
              "Corporation", "Institute", "Airlines", "Cabinet", "Government", "Senate", "Diet", "Congress", "Service",
              "Authority", "Administration", "Foundation", "University", "Party", "Front", "Army", "Navy", "Guard",
              "Alliance", "session", "sessions", "talk", "talks", "meeting"})
            f[w] |= kHeadNoun;
        return f;
    }();
    return m;
}

const std::unordered_map<std::string_view, std::uint32_t>& folded_word_flags() {
    static const std::unordered_map<std::string_view, std::uint32_t> m = [] {
        std::unordered_map<std::string_view, std::uint32_t> f;
        for (std::string_view w :
             {"held", "had", "hold", "holds", "holding", "have", "has", "conducted", "co-chaired", "met", "meets",
              "meet", "meeting", "spoke", "talked", "speaks", "conferred", "telephoned", "called", "received",
              "receives", "paid", "pays", "made", "makes", "paying", "receiving", "shakes", "shaking", "shook", "shake",
              "attended", "participated", "joined"})
            f[w] |= kMeetingVerb;
        for (std::string_view w : {"attended", "attend", "attending", "attends", "participated", "participates",
                                   "hosted", "chaired", "co-chaired", "joined"})
            f[w] |= kAttendVerb;
        for (std::string_view w : {"contribute", "contributed", "contributes", "contributing", "contribution",
                                   "contributions", "funded", "funds", "financed", "donated", "pledged"})
            f[w] |= kContribWord;
        for (std::string_view w :
             {"support", "supports", "supported", "supporting", "condemn", "condemns", "condemned", "condemning",
              "welcome", "welcomes", "welcomed", "welcoming", "visit", "visited", "visiting", "visits", "accession",
              "member", "members", "joined", "join", "joins"})
            f[w] |= kStanceWord;
        // the words find_counterpart_names and the pair rules of find_meetings start from
        for (std::string_view w : {"met", "meets", "meet", "spoke", "speaks", "talked", "talks", "conferred", "meeting",
                                   "meetings", "call", "calls", "conversation"})
            f[w] |= kCounterpartCue;
        for (std::string_view w : {"met", "discussed", "talked", "conferred", "agreed", "reaffirmed", "exchanged",
                                   "shook", "spoke", "speak", "addressed", "reviewed", "during", "before", "after", "in", "at", "meetings", "talks",
                                   "consultations"})
            f[w] |= kPairCue;
        return f;
    }();
    return m;
}

}  // namespace kg::extract::detail
