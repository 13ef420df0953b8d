// A word-frequency report: tokenize text, count with a map, sort with
// sort.Slice by count then word, bigrams, letter histogram, and a table.
package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair, we had everything
before us, we had nothing before us, we were all going direct to Heaven, we
were all going direct the other way -- in short, the period was so far like the
present period, that some of its noisiest authorities insisted on its being
received, for good or for evil, in the superlative degree of comparison only.
Naïve café owners said: "Ça va?" — 42 times!`

type WordCount struct {
	Word  string
	Count int
}

func tokenize(s string) []string {
	f := func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }
	words := strings.FieldsFunc(s, f)
	for i, w := range words {
		words[i] = strings.ToLower(w)
	}
	return words
}

func topN(counts map[string]int, n int) []WordCount {
	list := make([]WordCount, 0, len(counts))
	for w, c := range counts {
		list = append(list, WordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Word < list[j].Word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

type byLen []string

func (b byLen) Len() int      { return len(b) }
func (b byLen) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b byLen) Less(i, j int) bool {
	if len(b[i]) != len(b[j]) {
		return len(b[i]) > len(b[j])
	}
	return b[i] < b[j]
}

func main() {
	words := tokenize(text)
	fmt.Println("words:", len(words))
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	fmt.Println("distinct:", len(counts))

	top := topN(counts, 12)
	maxw := 0
	for _, wc := range top {
		if len(wc.Word) > maxw {
			maxw = len(wc.Word)
		}
	}
	for i, wc := range top {
		bar := strings.Repeat("*", wc.Count)
		fmt.Printf("%2d. %-*s %3d %s\n", i+1, maxw, wc.Word, wc.Count, bar)
	}

	bigrams := map[[2]string]int{}
	for i := 0; i+1 < len(words); i++ {
		bigrams[[2]string{words[i], words[i+1]}]++
	}
	type bg struct {
		pair [2]string
		n    int
	}
	var bgs []bg
	for p, n := range bigrams {
		if n > 2 {
			bgs = append(bgs, bg{p, n})
		}
	}
	sort.Slice(bgs, func(i, j int) bool {
		if bgs[i].n != bgs[j].n {
			return bgs[i].n > bgs[j].n
		}
		if bgs[i].pair[0] != bgs[j].pair[0] {
			return bgs[i].pair[0] < bgs[j].pair[0]
		}
		return bgs[i].pair[1] < bgs[j].pair[1]
	})
	for _, b := range bgs {
		fmt.Printf("%q x%d\n", b.pair[0]+" "+b.pair[1], b.n)
	}
	fmt.Println(bgs[0].pair, len(bgs))

	letters := map[rune]int{}
	total := 0
	for _, r := range strings.ToLower(text) {
		if unicode.IsLetter(r) {
			letters[r]++
			total++
		}
	}
	keys := make([]rune, 0, len(letters))
	for r := range letters {
		keys = append(keys, r)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var line strings.Builder
	for i, r := range keys {
		fmt.Fprintf(&line, "%c:%-3d", r, letters[r])
		if i%8 == 7 {
			fmt.Println(strings.TrimRight(line.String(), " "))
			line.Reset()
		}
	}
	if line.Len() > 0 {
		fmt.Println(strings.TrimRight(line.String(), " "))
	}
	fmt.Printf("letters: %d, e share: %.2f%%\n", total, 100*float64(letters['e'])/float64(total))

	uniq := make([]string, 0, len(counts))
	for w := range counts {
		uniq = append(uniq, w)
	}
	sort.Sort(byLen(uniq))
	fmt.Println("longest:", uniq[:5])
	sort.Strings(uniq)
	i := sort.SearchStrings(uniq, "season")
	fmt.Println("season at", i, uniq[i], sort.StringsAreSorted(uniq))
	fmt.Println(counts["it"], counts["missing"], len(counts) > 50)
	fmt.Printf("%v\n", top[:3])
	fmt.Printf("%+v\n", top[0])
	fmt.Println(strings.Title("the end"), strings.ToUpper("café"), strings.Count(text, "was"))
}
