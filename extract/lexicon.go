package extract

// English function words and verbs the rules key on. This is knowledge of
// the language and the genre, not of the world: places, countries, offices
// and organisations come from the gazetteer's data files.

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

type lexicon struct {
	// capitalised words that never start or continue a person's name
	notName map[string]bool
	// courtesy titles stripped from names ("Mr", "Dato Seri", "the Hon.")
	honorific map[string]bool
	// lower-case particles inside names ("da", "von der", "bin")
	particle map[string]bool
	// verbs of speech that attribute a statement to their subject or object
	speech map[string]bool
	// verbs whose capitalised subject is almost surely a person
	personVerb map[string]bool
	// words that mark an in-person meeting
	meetingWord map[string]bool
	// words that mark a remote contact
	callWord map[string]bool
	// count nouns that make a figure a claim (projects, jobs, ...)
	countUnit map[string]bool
	// first-person plural forms that stand for the speaker's side
	weForms map[string]bool
}

func newLexicon() *lexicon {
	return &lexicon{
		notName: wordSet(
			"The", "A", "An", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "For", "From", "By",
			"With", "As", "And", "But", "Or", "Of", "To", "Our", "We", "Us", "My", "Your", "Their", "His", "Her", "He",
			"She", "They", "I", "You", "Today", "Yesterday", "Tomorrow", "Also", "However", "Thus", "Then", "There",
			"Here", "Both", "All", "Each", "Every", "Some", "Many", "Most", "Such", "Regarding", "Speaking", "According",
			"During", "After", "Before", "Since", "Until", "While", "When", "Where", "What", "Which", "Who", "Why", "How",
			"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Last", "Next", "Earlier", "Later", "Meanwhile",
			"Thank", "Thanks", "Greetings", "Welcome", "Dear", "Colleagues", "Friends", "Ladies", "Gentlemen",
			"Excellency", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Hon", "Hon.", "Sir", "Madam",
			"President", "Prime", "Minister", "Deputy", "Chairman", "Chairperson", "Chancellor", "King", "Queen",
			"Government", "Ministry", "Commission", "Council", "Committee", "Agency", "Office", "Union", "Forum",
			"Summit", "Meeting", "Session", "Republic", "Federation", "Kingdom", "State", "States", "Assembly",
			"Parliament", "Senate", "Bank", "Fund", "Corporation", "Company", "Service", "Secretariat", "Palace",
			"Headquarters", "Press", "News", "Photo", "Source", "Read", "More", "Subscribe", "Images",
			"January", "February", "March", "April", "June", "July", "August", "September", "October",
			"November", "December", "Feb", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
			"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
			"Treaty", "Agreement", "Memorandum", "Declaration", "Programme", "Program", "Strategy", "Initiative",
			"Partnership", "Cooperation", "Exhibition", "Conference", "Centre", "Center", "Capital",
			"Authority", "Secretary", "Director", "General", "Chief", "Staff", "Executive", "Central", "Federal",
			"National", "International", "Intergovernmental", "Joint", "Mixed", "Special", "Strategic", "Comprehensive",
			"Economic", "Trade", "Digital", "Global", "Free", "Open", "Community", "Shared", "Future", "Reciprocal",
			"Access", "Security", "Nuclear", "Power", "Station", "Report", "Belt", "Road", "Sea",
			"Strait", "South", "North", "East", "West", "Eastern", "Western", "Southern", "Northern", "New", "Old",
			"Yes", "No", "Not", "Please", "Let", "Go", "Note", "Excerpts", "Beginning", "End", "Opening",
			"Provisional", "Translation", "Overview", "Summary", "Leaders", "Leader", "Heads", "Head", "Side", "Sides",
			"Party", "Parties", "Country", "Countries", "Nation", "Nations", "People", "Foreign", "Affairs",
			"Defence", "Defense", "Finance", "Energy", "Agriculture", "Health", "Healthcare", "Education",
			"Commissioner", "Commissioners", "Ambassador", "Governor", "Mayor", "Speaker", "Vice", "Premier",
			"Presidential", "Aide", "Aides", "Spokesman", "Spokesperson", "MP", "CEO", "Co-Chair", "Chair",
			"Highness", "Majesty", "Royal", "Eminence", "Holiness",
			"Ministers", "Presidents", "Premiers", "Chancellors", "Governments", "Delegations", "Delegation",
		),
		honorific: wordSet("mr", "mrs", "ms", "dr", "hon", "sir", "dame", "dato", "datuk", "seri", "sri", "tan", "shri", "smt", "shrimati", "tun", "tuan", "haji", "highness", "majesty", "royal", "eminence", "holiness",
			"sheikh", "excellency", "his", "her", "h.e", "prof", "professor", "mp"),
		particle: wordSet("da", "de", "do", "dos", "das", "du", "del", "della", "di", "von", "van", "der", "den",
			"ter", "bin", "binti", "ibn", "al", "el", "la", "le", "y"),
		speech: wordSet("said", "says", "say", "noted", "notes", "stressed", "stresses", "emphasized", "emphasised",
			"emphasizes", "emphasises", "added", "adds", "told", "stated", "states", "remarked", "pointed",
			"underlined", "underscored", "announced", "declared", "explained", "recalled", "reported", "observed",
			"affirmed", "confirmed", "revealed", "disclosed", "mentioned", "highlighted", "singled", "assured",
			"believes", "believed", "expects", "expected", "estimated", "estimates", "according", "continued",
			"concluded", "insisted", "argued", "claimed", "acknowledged", "commented", "spoke", "thanked"),
		personVerb: wordSet("said", "says", "noted", "stressed", "emphasized", "emphasised", "added", "told", "stated",
			"thanked", "met", "meets", "held", "holds", "welcomed", "welcomes", "appreciated", "revealed",
			"requested", "affirmed", "suggested", "singled", "spoke", "expressed", "commended", "declined",
			"discussed", "participated", "visited", "announced", "congratulated", "underlined", "pointed",
			"praised", "called", "urged", "proposed", "signed", "hosted", "received", "arrived", "attended",
			"reiterated", "recalled", "confirmed", "assured", "explained", "believes", "hopes", "hoped", "wished",
			"conveyed", "greeted", "invited", "paid", "chaired", "co-chaired", "headed", "led", "agreed",
			"remarked", "observed", "highlighted", "disclosed", "mentioned", "insisted", "argued", "warned"),
		meetingWord: wordSet("met", "meet", "meets", "meeting", "meetings", "talks", "talk", "negotiations",
			"visit", "visiting", "visited", "summit", "welcomed", "welcome", "received", "hosted", "shake",
			"shook", "handshake", "conference", "gathering", "session", "co-chaired", "consultations", "audience"),
		callWord: wordSet("telephone", "phone", "video", "videoconference", "video-conference", "call", "teleconference",
			"videolink", "online"),
		countUnit: wordSet("projects", "project", "jobs", "job", "enterprises", "enterprise", "companies", "company",
			"firms", "firm", "ventures", "venture", "factories", "factory", "plants", "investors", "workplaces"),
		weForms: wordSet("we", "our", "us", "ours"),
	}
}
