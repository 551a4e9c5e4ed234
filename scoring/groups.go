package scoring

import (
	"math"
)

// groups are the groups of roles that the answered questions cannot tell apart: roles linked
// by a Distance below near, with what distinguishes them, and each role's group (0 for none).
// Roles that stand alone are in no group.
func (m *Model) groups(b *Belief, near float64) ([]Group, []int) {
	parent := make([]int, m.nr)
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := 0; i < m.nr; i++ {
		for j := i + 1; j < m.nr; j++ {
			if b.Distance(i, j) < near {
				parent[find(i)] = find(j)
			}
		}
	}
	members := map[int][]int{}
	var roots []int
	for r := 0; r < m.nr; r++ {
		root := find(r)
		if members[root] == nil {
			roots = append(roots, root)
		}
		members[root] = append(members[root], r)
	}
	groupOf := make([]int, m.nr)
	var groups []Group
	for _, root := range roots {
		rs := members[root]
		if len(rs) < 2 {
			continue
		}
		g := Group{ID: len(groups) + 1}
		for _, r := range rs {
			g.RoleIDs = append(g.RoleIDs, m.Roles[r].ID)
			g.Titles = append(g.Titles, m.Roles[r].Title)
			groupOf[r] = g.ID
		}
		g.Differences = m.differences(rs)
		for q := 0; q < m.nq && !g.Separable; q++ {
			if b.index(q) >= 0 {
				continue
			}
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, r := range rs {
				lo, hi = min(lo, m.pred[q*m.nr+r]), max(hi, m.pred[q*m.nr+r])
			}
			g.Separable = hi-lo >= 1
		}
		groups = append(groups, g)
	}
	return groups, groupOf
}

func (m *Model) weight(r, trait int, def float64) float64 {
	p := m.Roles[r].Profile
	if trait < len(p) && p[trait] > 0 {
		return p[trait]
	}
	return def
}

func (m *Model) differences(rs []int) []Difference {
	var out []Difference
	for t, name := range m.Traits {
		hi, lo := rs[0], rs[0]
		for _, r := range rs {
			if m.weight(r, t, 2) > m.weight(hi, t, 2) {
				hi = r
			}
			if m.weight(r, t, 2) < m.weight(lo, t, 2) {
				lo = r
			}
		}
		if by := m.weight(hi, t, 2) - m.weight(lo, t, 2); by >= 1 {
			out = append(out, Difference{Trait: name, High: m.Roles[hi].Title, Low: m.Roles[lo].Title, By: by})
		}
	}
	SortStable(out, func(a, b Difference) bool { return a.By > b.By })
	return out
}
