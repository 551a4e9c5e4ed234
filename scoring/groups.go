package scoring

import (
	"math"
	"sort"
)

// Divergence is the symmetric Kullback-Leibler divergence between the answers two roles are
// predicted to give, summed over the whole question bank, in nats: the expected evidence that
// separates them if every question were answered (before tempering).
func (m *Model) Divergence(r1, r2 int) float64 {
	d := 0.0
	for q := 0; q < m.nq; q++ {
		b1 := (q*m.ns + r1) * Levels
		b2 := (q*m.ns + r2) * Levels
		for a := 0; a < Levels; a++ {
			p, s := m.lik[b1+a], m.lik[b2+a]
			d += (p - s) * math.Log(p/s)
		}
	}
	return d
}

// Groups are the groups of near-identical roles: roles linked by a divergence below near, with
// what distinguishes them. Roles that stand alone are in no group.
func (m *Model) Groups(near float64) []Group {
	g, _ := m.groups(near)
	return g
}

func (m *Model) groups(near float64) ([]Group, []int) {
	m.groupMu.Lock()
	defer m.groupMu.Unlock()
	if m.groupCache != nil && m.groupNear == near {
		return m.groupCache, m.groupOf
	}
	parent := make([]int, m.nr)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := 0; i < m.nr; i++ {
		for j := i + 1; j < m.nr; j++ {
			if m.Divergence(i, j) < near {
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
			lo, hi := math.Inf(1), math.Inf(-1)
			for _, r := range rs {
				lo, hi = min(lo, m.pred[q*m.ns+r]), max(hi, m.pred[q*m.ns+r])
			}
			g.Separable = hi-lo >= 1
		}
		groups = append(groups, g)
	}
	m.groupCache, m.groupOf, m.groupNear = groups, groupOf, near
	return groups, groupOf
}

func (m *Model) weight(r, trait int) float64 {
	p := m.Roles[r].Profile
	if trait < len(p) && p[trait] > 0 {
		return p[trait]
	}
	return m.defaultWeight
}

func (m *Model) differences(rs []int) []Difference {
	var out []Difference
	for t, name := range m.Traits {
		hi, lo := rs[0], rs[0]
		for _, r := range rs {
			if m.weight(r, t) > m.weight(hi, t) {
				hi = r
			}
			if m.weight(r, t) < m.weight(lo, t) {
				lo = r
			}
		}
		if by := m.weight(hi, t) - m.weight(lo, t); by >= 1 {
			out = append(out, Difference{Trait: name, High: m.Roles[hi].Title, Low: m.Roles[lo].Title, By: by})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].By > out[j].By })
	return out
}
