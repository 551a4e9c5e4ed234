package content

import "fmt"

// Text is the long text of a role: what only its own page shows. The app's compiled catalogue
// carries each role without it (Short), so that the text is not downloaded and decoded before
// the first question; the generator writes it to one file per role (web/roles/ID.json,
// TextPath) that the role page fetches and puts back with WithText.
type Text struct {
	ID string `json:"id"`
	// Sections are the role's sections as parsed, whole.
	Sections []Section `json:"sections"`
	// Evidence is the evidence of each weight of the profile, in the profile's order.
	Evidence []string `json:"evidence,omitempty"`
	// Market are the market-demand figures.
	Market []Figure `json:"market,omitempty"`
}

// TextPath is the path, below the web folder, of the file holding the text of the role id.
func TextPath(id string) string { return "roles/" + id + ".json" }

// TextOf returns r's long text.
func TextOf(r *Role) Text {
	t := Text{ID: r.ID, Sections: r.Sections, Market: r.Market}
	for _, w := range r.Profile {
		if w.Evidence != "" {
			t.Evidence = make([]string, len(r.Profile))
			for i, w := range r.Profile {
				t.Evidence[i] = w.Evidence
			}
			break
		}
	}
	return t
}

// Short returns a copy of r without its long text (TextOf): the profile's weights without
// their evidence, no market figures, and of the sections only the overview (which search
// reads and the page shows first) and, under Requirements, the first line of education
// (which a result card shows), so that r.Education() of the copy is that one line.
func (r *Role) Short() *Role {
	s := *r
	s.Market = nil
	s.Profile = make([]Weight, len(r.Profile))
	for i, w := range r.Profile {
		w.Evidence = ""
		s.Profile[i] = w
	}
	s.Sections = nil
	for _, sec := range r.Sections {
		switch sec.Key {
		case SectionOverview:
			s.Sections = append(s.Sections, sec)
		case SectionRequirements:
			if edu := r.Education(); len(edu) > 0 {
				sec.Blocks = []Block{{Kind: "heading", Text: SubEducation}, {Kind: "list", Items: edu[:1]}}
				s.Sections = append(s.Sections, sec)
			}
		}
	}
	return &s
}

// WithText returns a copy of r, a role of the compiled catalogue, with its long text put
// back: the role as the parser read it. t must be the same role's, with one evidence for each
// weight of the profile when it has any.
func (r *Role) WithText(t Text) (*Role, error) {
	if t.ID != r.ID {
		return nil, fmt.Errorf("the text is of role %q, not %q", t.ID, r.ID)
	}
	if t.Evidence != nil && len(t.Evidence) != len(r.Profile) {
		return nil, fmt.Errorf("the text of %q has %d evidence for %d weights", r.ID, len(t.Evidence), len(r.Profile))
	}
	full := *r
	full.Sections, full.Market = t.Sections, t.Market
	full.Profile = make([]Weight, len(r.Profile))
	copy(full.Profile, r.Profile)
	for i := range t.Evidence {
		full.Profile[i].Evidence = t.Evidence[i]
	}
	return &full, nil
}
