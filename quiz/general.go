package quiz

import "github.com/careerquiz/careerquiz/content"

// generalSkills are skills a school student may have that role documents rarely list: school
// subjects, ways of working with people and tools a beginner uses. They are added to every
// vocabulary after the catalogue's own skills, so share codes made before keep their indexes.
// A general skill whose name or an alias is already a catalogue skill is that skill (Python,
// SQL, Git, public speaking): its other aliases are added to it and it gets no entry of its own.
var generalSkills = []content.Skill{
	// School subjects.
	{Name: "Maths", Aliases: []string{"math", "mathematics"}},
	{Name: "Statistics", Aliases: []string{"stats"}},
	{Name: "Physics"},
	{Name: "Chemistry"},
	{Name: "Biology"},
	{Name: "Computer science", Aliases: []string{"CS", "computing"}},
	{Name: "Economics", Aliases: []string{"econ"}},
	{Name: "English", Aliases: []string{"English language", "English literature"}},
	{Name: "Writing", Aliases: []string{"creative writing", "essay writing"}},
	{Name: "Art and design", Aliases: []string{"art", "design", "graphic design"}},
	// Working with people.
	{Name: "Teamwork", Aliases: []string{"team work", "teamworking", "collaboration"}},
	{Name: "Leadership", Aliases: []string{"team leadership", "leading a team"}},
	{Name: "Communication", Aliases: []string{"communication skills"}},
	{Name: "Public speaking", Aliases: []string{"speaking", "debating"}},
	{Name: "Problem solving", Aliases: []string{"problem-solving"}},
	{Name: "Project planning"},
	{Name: "Customer service", Aliases: []string{"customer care"}},
	// Beginner tools.
	{Name: "HTML", Aliases: []string{"HTML5"}},
	{Name: "CSS", Aliases: []string{"CSS3"}},
	{Name: "JavaScript", Aliases: []string{"JS"}},
	{Name: "Scratch"},
	{Name: "Python"},
	{Name: "Excel", Aliases: []string{"Microsoft Excel"}},
	{Name: "Google Sheets", Aliases: []string{"sheets", "Google spreadsheets"}},
	{Name: "React", Aliases: []string{"React.js", "ReactJS"}},
	{Name: "Arduino"},
	{Name: "Raspberry Pi", Aliases: []string{"RPi"}},
	{Name: "Git", Aliases: []string{"GitHub", "GitLab"}},
	{Name: "SQL", Aliases: []string{"MySQL", "SQLite"}},
	{Name: "Video editing", Aliases: []string{"video production"}},
}

// broaderSkills are the broader skills a skill counts towards, by name or alias: a student who
// names TensorFlow has a machine learning framework, so that is not a skill to learn. A name
// the vocabulary lacks is ignored.
var broaderSkills = map[string][]string{
	"TensorFlow":          {"Machine learning frameworks"},
	"PyTorch":             {"Machine learning frameworks"},
	"Keras":               {"Machine learning frameworks"},
	"JAX":                 {"Machine learning frameworks"},
	"scikit-learn":        {"Machine learning frameworks"},
	"Google Sheets":       {"spreadsheets"},
	"React":               {"JavaScript"},
	"pandas":              {"Python"},
	"NumPy":               {"Python"},
	"Tableau":             {"Data visualisation"},
	"Amazon Web Services": {"Cloud platforms"},
	"Microsoft Azure":     {"Cloud platforms"},
	"Google Cloud":        {"Cloud platforms"},
}
