package content

import (
	"errors"
	"io/fs"
	"sort"
	"strings"
)

// Parse reads questions.md and roles/*.md from fsys into a Catalogue. Besides each document's
// own problems it reports those across documents: duplicate role ids, traits a profile uses
// that questions.md does not define, related roles and id-like ladder or next steps that are
// not in the catalogue. The error is an ErrorList holding every problem, sorted; the
// catalogue is returned as far as it could be read, even with errors.
func Parse(fsys fs.FS) (*Catalogue, error) {
	var errs ErrorList
	c := &Catalogue{Traits: []Trait{}, Questions: []Question{}, Roles: []*Role{}, Skills: []Skill{}}
	if src, err := fs.ReadFile(fsys, "questions.md"); errors.Is(err, fs.ErrNotExist) {
		errs.addf("questions.md", 0, ErrMissingFile, "questions.md: add the trait vocabulary and the question bank")
	} else if err != nil {
		errs.Add("questions.md", 0, err)
	} else {
		traits, questions, err := ParseQuestions("questions.md", src)
		collect(&errs, err)
		c.Traits = append(c.Traits, traits...)
		c.Questions = append(c.Questions, questions...)
	}
	files, _ := fs.Glob(fsys, "roles/*.md")
	sort.Strings(files)
	for _, file := range files {
		src, err := fs.ReadFile(fsys, file)
		if err != nil {
			errs.Add(file, 0, err)
			continue
		}
		r, err := ParseRole(file, src)
		collect(&errs, err)
		c.Roles = append(c.Roles, r)
	}
	if len(files) == 0 {
		errs.addf("roles", 0, ErrMissingFile, "roles/*.md: add a role document roles/<id>.md")
	}
	link(c, &errs)
	c.Skills = mergeSkills(c.Roles)
	return c, errs.Err()
}

// collect adds the problems of err, an ErrorList or a single error, to errs.
func collect(errs *ErrorList, err error) {
	switch e := err.(type) {
	case nil:
	case ErrorList:
		*errs = append(*errs, e...)
	case *ParseError:
		*errs = append(*errs, e)
	default:
		errs.Add("", 0, err)
	}
}

// link checks the references between documents and resolves ladder and next steps.
func link(c *Catalogue, errs *ErrorList) {
	traits := map[string]bool{}
	for _, t := range c.Traits {
		traits[t.ID] = true
	}
	roles := map[string]*Role{}
	for _, r := range c.Roles {
		if r.ID == "" {
			continue
		}
		if first, dup := roles[r.ID]; dup {
			errs.addf(r.File, r.line("id"), ErrDuplicateID, "role id %q (also in %s)", r.ID, first.File)
			continue
		}
		roles[r.ID] = r
	}
	for _, r := range c.Roles {
		if len(traits) > 0 {
			for _, w := range r.Profile {
				if !traits[w.Trait] {
					errs.addf(r.File, w.Line, ErrUnknownTrait, "%q: questions.md defines %s", w.Trait, strings.Join(traitIDs(c.Traits), ", "))
				}
			}
		}
		for _, id := range r.Related {
			if roles[id] == nil && isID(id) {
				errs.addf(r.File, r.line("related"), ErrUnknownRole, "%q in related: no roles/%s.md", id, id)
			}
		}
		for key, steps := range map[string][]Step{"ladder": r.Ladder, "next": r.Next} {
			for i, s := range steps {
				if to := roles[s.Name]; to != nil {
					steps[i] = Step{Name: to.Title, RoleID: to.ID}
				} else if isID(s.Name) {
					errs.addf(r.File, r.line(key), ErrUnknownRole, "%q in %s: no roles/%s.md (write a plain name in words to show it as text)", s.Name, key, s.Name)
				}
			}
		}
	}
}

func traitIDs(traits []Trait) []string {
	ids := make([]string, len(traits))
	for i, t := range traits {
		ids[i] = t.ID
	}
	return ids
}

// line returns the line of a header field, or of the title when the field is missing.
func (r *Role) line(field string) int {
	if n := r.lines[field]; n > 0 {
		return n
	}
	return r.lines["#"]
}

// mergeSkills merges the roles' skills: a skill whose name or alias another role uses for a
// skill is the same skill. The result is sorted by name, without case.
func mergeSkills(roles []*Role) []Skill {
	var out []*Skill
	index := map[string]*Skill{}
	for _, r := range roles {
		for _, s := range r.Skills {
			names := append([]string{s.Name}, s.Aliases...)
			var m *Skill
			for _, n := range names {
				if m = index[strings.ToLower(n)]; m != nil {
					break
				}
			}
			if m == nil {
				m = &Skill{Name: s.Name}
				out = append(out, m)
			}
			for _, n := range names {
				key := strings.ToLower(n)
				if index[key] == nil {
					index[key] = m
					if !strings.EqualFold(n, m.Name) {
						m.Aliases = append(m.Aliases, n)
					}
				}
			}
			if r.ID != "" && (len(m.Roles) == 0 || m.Roles[len(m.Roles)-1] != r.ID) {
				m.Roles = append(m.Roles, r.ID)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	skills := make([]Skill, len(out))
	for i, s := range out {
		skills[i] = *s
	}
	return skills
}
