package content

import (
	"strings"
	"unicode"
)

// Grade is the Flesch-Kincaid grade level of text: 0.39 × words per sentence + 11.8 ×
// syllables per word − 15.59, the school grade (US) a reader needs to follow it. Sentences end
// at '.', '!' or '?' (a text without one is one sentence); syllables are counted by the usual
// rule of thumb (groups of vowels, a silent final "e" not counted, at least one a word), which
// is close enough to rank questions, not to certify them. Text without words has grade 0.
func Grade(text string) float64 {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	if len(words) == 0 {
		return 0
	}
	sentences := 0
	for i, r := range text {
		if r == '.' || r == '!' || r == '?' {
			// "e.g." and "3.5" do not end a sentence: the next character must be a space or the end.
			if next := i + 1; next == len(text) || text[next] == ' ' || text[next] == '"' || text[next] == '\n' {
				sentences++
			}
		}
	}
	sentences = max(sentences, 1)
	syllables := 0
	for _, w := range words {
		syllables += Syllables(w)
	}
	return 0.39*float64(len(words))/float64(sentences) + 11.8*float64(syllables)/float64(len(words)) - 15.59
}

// Syllables estimates the syllables of an English word: groups of vowels (y counts as one
// after the first letter), less a silent final "e" or the "e" of a final "es" or "ed" that
// is not sounded, and at least one. Digits count as one syllable.
func Syllables(word string) int {
	w := strings.ToLower(strings.Trim(word, "'"))
	w = strings.TrimSuffix(w, "'s")
	if w == "" {
		return 0
	}
	if w[0] >= '0' && w[0] <= '9' {
		return 1
	}
	vowel := func(i int) bool {
		switch w[i] {
		case 'a', 'e', 'i', 'o', 'u':
			return true
		case 'y':
			return i > 0
		}
		return false
	}
	n := 0
	for i := range len(w) {
		if vowel(i) && (i == 0 || !vowel(i-1)) {
			n++
		}
	}
	if len(w) > 3 {
		switch {
		case strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && !strings.HasSuffix(w, "ee") && !vowel(len(w)-2):
			n--
		case strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ted") && !strings.HasSuffix(w, "ded") && !vowel(len(w)-3):
			n--
		case strings.HasSuffix(w, "es") && !vowel(len(w)-3) && !strings.ContainsAny(w[len(w)-3:len(w)-2], "csxzgj") && !strings.HasSuffix(w, "hes"):
			n--
		}
	}
	return max(n, 1)
}
