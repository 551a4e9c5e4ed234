package content

import (
	"fmt"
	"strconv"
	"strings"
)

// Amount is a money figure as a source states it: a range, a single value, an upper bound
// ("up to") or a lower bound ("from", "over", "+"). Low and High are equal for a point; an
// upper bound has only High, a lower bound only Low.
type Amount struct {
	Kind     string  `json:"kind"`
	Low      float64 `json:"low,omitempty"`
	High     float64 `json:"high,omitempty"`
	Currency string  `json:"currency"`
}

// Value is a market figure: a number with an optional unit such as "%", "x", "$ billion" or
// "% CAGR". The number is as written: "$117.19 billion" is 117.19 with the unit "$ billion".
type Value struct {
	Number float64 `json:"number"`
	Unit   string  `json:"unit,omitempty"`
}

var currencies = map[string]string{"$": "USD", "€": "EUR", "£": "GBP"}

var (
	moneyRE  = &lazyRE{src: `^[~≈]?\s*([$€£])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(k|K|thousand|million|m|M)?$`}
	rangeRE  = &lazyRE{src: `\s*(?:-|–|—|\bto\b)\s*`}
	yearlyRE = &lazyRE{src: `(?i)\s*(?:per year|a year|annually|/\s*year|/\s*yr)$`}
	valueRE  = &lazyRE{src: `^([$€£])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%|x|×)?\s*(?:(thousand|million|billion|trillion)\b)?\s*([A-Za-z]+(?: [A-Za-z]+){0,2})?$`}
)

var scales = map[string]float64{"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6}

// ParseAmount reads a salary amount: "$96,000 - $132,000" (also with an en dash or "to"),
// "$144,000", "up to $225,000", "$150,000+", "over $250,000" or "from $150,000". A trailing
// "per year" or "annually" is allowed. The error wraps ErrBadAmount.
func ParseAmount(s string) (Amount, error) {
	bad := func(why string) (Amount, error) {
		return Amount{}, fmt.Errorf("%w %q: %s", ErrBadAmount, s, why)
	}
	t := strings.TrimSpace(yearlyRE.ReplaceAllString(strings.TrimSpace(s), ""))
	lower := strings.ToLower(t)
	kind := ""
	for prefix, k := range map[string]string{"up to ": AmountUpTo, "from ": AmountFrom, "over ": AmountFrom, "more than ": AmountFrom} {
		if strings.HasPrefix(lower, prefix) {
			kind, t = k, strings.TrimSpace(t[len(prefix):])
		}
	}
	plus := strings.HasSuffix(t, "+")
	t = strings.TrimSpace(strings.TrimSuffix(t, "+"))
	parts := rangeRE.Split(t, -1)
	if t == "" || len(parts) > 2 {
		return bad("want $96,000 - $132,000, $144,000, up to $225,000 or $150,000+")
	}
	var vals []float64
	cur := ""
	for _, part := range parts {
		v, c, ok := money(part)
		if !ok {
			return bad(fmt.Sprintf("%q is not a sum of money such as $96,000", part))
		}
		if c != "" && cur != "" && c != cur {
			return bad("the two ends are in different currencies")
		}
		if c != "" {
			cur = c
		}
		vals = append(vals, v)
	}
	if cur == "" {
		return bad("no currency: write $96,000")
	}
	a := Amount{Currency: cur}
	switch {
	case len(vals) == 2 && kind != "":
		return bad("a range cannot also be \"up to\" or \"from\"")
	case len(vals) == 2:
		if vals[0] > vals[1] {
			return bad("the low end is above the high end")
		}
		a.Kind, a.Low, a.High = AmountRange, vals[0], vals[1]
	case kind == AmountUpTo && plus:
		return bad("\"up to\" and \"+\" contradict each other")
	case kind == AmountUpTo:
		a.Kind, a.High = AmountUpTo, vals[0]
	case kind == AmountFrom || plus:
		a.Kind, a.Low = AmountFrom, vals[0]
	default:
		a.Kind, a.Low, a.High = AmountPoint, vals[0], vals[0]
	}
	return a, nil
}

// money reads "$96,000", "96,000", "$96k" or "$1.2 million".
func money(s string) (float64, string, bool) {
	m := moneyRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, "", false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", "")+m[3], 64)
	if err != nil {
		return 0, "", false
	}
	if f, ok := scales[strings.ToLower(m[4])]; ok {
		v *= f
	}
	return v, currencies[m[1]], true
}

// ParseValue reads a market figure: "74%", "9.8x", "$117.19 billion", "36.2% CAGR",
// "$26.03 billion". The error wraps ErrBadValue.
func ParseValue(s string) (Value, error) {
	m := valueRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Value{}, fmt.Errorf("%w %q: want a number with an optional unit, such as 74%%, 9.8x or $117.19 billion", ErrBadValue, s)
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", "")+m[3], 64)
	if err != nil {
		return Value{}, fmt.Errorf("%w %q: %v", ErrBadValue, s, err)
	}
	var unit []string
	for _, u := range m[4:] {
		if u == "×" {
			u = "x"
		}
		if u != "" {
			unit = append(unit, u)
		}
	}
	if m[1] != "" {
		unit = append([]string{m[1]}, unit...)
	}
	return Value{Number: v, Unit: strings.Join(unit, " ")}, nil
}
