package content

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseAmount(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Amount
	}{
		{"a range with a hyphen", "$96,000 - $132,000", Amount{Kind: AmountRange, Low: 96000, High: 132000, Currency: "USD"}},
		{"a range with an en dash", "$96,000–$132,000", Amount{Kind: AmountRange, Low: 96000, High: 132000, Currency: "USD"}},
		{"a range with an en dash and spaces", "$96,000 – $132,000", Amount{Kind: AmountRange, Low: 96000, High: 132000, Currency: "USD"}},
		{"a range with to", "$112,000 to $157,000", Amount{Kind: AmountRange, Low: 112000, High: 157000, Currency: "USD"}},
		{"a range with the currency once", "$96,000 - 132,000", Amount{Kind: AmountRange, Low: 96000, High: 132000, Currency: "USD"}},
		{"a range ending in a plus", "$150,000 - $200,000+", Amount{Kind: AmountRange, Low: 150000, High: 200000, Currency: "USD"}},
		{"a range per year", "$157,969 - $161,777 per year", Amount{Kind: AmountRange, Low: 157969, High: 161777, Currency: "USD"}},
		{"a point", "$144,000", Amount{Kind: AmountPoint, Low: 144000, High: 144000, Currency: "USD"}},
		{"an approximate point", "~$44,362", Amount{Kind: AmountPoint, Low: 44362, High: 44362, Currency: "USD"}},
		{"a point in thousands", "$96k", Amount{Kind: AmountPoint, Low: 96000, High: 96000, Currency: "USD"}},
		{"a point with cents", "$117.50", Amount{Kind: AmountPoint, Low: 117.5, High: 117.5, Currency: "USD"}},
		{"an upper bound", "up to $225,000", Amount{Kind: AmountUpTo, High: 225000, Currency: "USD"}},
		{"an upper bound with a capital", "Up to $258,810", Amount{Kind: AmountUpTo, High: 258810, Currency: "USD"}},
		{"a lower bound with a plus", "$150,000+", Amount{Kind: AmountFrom, Low: 150000, Currency: "USD"}},
		{"a lower bound with over", "over $250,000", Amount{Kind: AmountFrom, Low: 250000, Currency: "USD"}},
		{"a lower bound with from", "from $112,000", Amount{Kind: AmountFrom, Low: 112000, Currency: "USD"}},
		{"euros", "€80,000", Amount{Kind: AmountPoint, Low: 80000, High: 80000, Currency: "EUR"}},
		{"pounds in thousands", "£40k - £60k", Amount{Kind: AmountRange, Low: 40000, High: 60000, Currency: "GBP"}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is read", func(t *testing.T) {
			got, err := ParseAmount(tt.in)
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
		})
	}
}

func TestParseAmountErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"an empty amount", "", `bad amount "": want $96,000 - $132,000, $144,000, up to $225,000 or $150,000+`},
		{"words", "competitive", `bad amount "competitive": "competitive" is not a sum of money such as $96,000`},
		{"no currency", "96,000", `bad amount "96,000": no currency: write $96,000`},
		{"a reversed range", "$2 - $1", `bad amount "$2 - $1": the low end is above the high end`},
		{"two currencies", "$1 - €2", `bad amount "$1 - €2": the two ends are in different currencies`},
		{"an upper bound with a plus", "up to $1+", `bad amount "up to $1+": "up to" and "+" contradict each other`},
		{"a bounded range", "from $1 - $2", `bad amount "from $1 - $2": a range cannot also be "up to" or "from"`},
		{"three numbers", "$1 - $2 - $3", `bad amount "$1 - $2 - $3": want $96,000 - $132,000, $144,000, up to $225,000 or $150,000+`},
		{"bad thousands", "$96,00", `bad amount "$96,00": "$96,00" is not a sum of money such as $96,000`},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is an error", func(t *testing.T) {
			_, err := ParseAmount(tt.in)
			require.ErrorIs(t, err, ErrBadAmount)
			require.EqualError(t, err, tt.want)
		})
	}
}

func TestParseValue(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Value
	}{
		{"a percentage", "74%", Value{Number: 74, Unit: "%"}},
		{"a multiple", "9.8x", Value{Number: 9.8, Unit: "x"}},
		{"a multiple with a times sign", "9.8×", Value{Number: 9.8, Unit: "x"}},
		{"billions of dollars", "$117.19 billion", Value{Number: 117.19, Unit: "$ billion"}},
		{"other billions of dollars", "$26.03 billion", Value{Number: 26.03, Unit: "$ billion"}},
		{"a growth rate", "36.2% CAGR", Value{Number: 36.2, Unit: "% CAGR"}},
		{"dollars", "$157,969", Value{Number: 157969, Unit: "$"}},
		{"a plain number", "1200", Value{Number: 1200}},
		{"a count with a noun", "3,000 jobs", Value{Number: 3000, Unit: "jobs"}},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is read", func(t *testing.T) {
			got, err := ParseValue(tt.in)
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
		})
	}
	for _, in := range []string{"", "lots", "%", "$", "12 3", "1.2.3", "74 % of 5"} {
		t.Run(in+" is an error", func(t *testing.T) {
			_, err := ParseValue(in)
			require.ErrorIs(t, err, ErrBadValue)
		})
	}
}
