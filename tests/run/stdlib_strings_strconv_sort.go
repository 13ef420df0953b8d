package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + strconv.Itoa(e.Code) }

func main() {
	s := "  Hello, World! héllo  "
	fmt.Println(strings.TrimSpace(s), strings.ToUpper(s), strings.Fields(s))
	fmt.Println(strings.Split("a,b,,c", ","), strings.SplitN("a,b,c", ",", 2), strings.SplitAfter("a,b", ","))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Repeat("ab", 3), strings.Join([]string{"x", "y", "z"}, "-"), strings.Title("hello wor-ld"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsAny("failure", "ui"), strings.ContainsRune("abc", 'b'))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit), strings.Count("cheese", "e"), strings.Count("five", ""), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"), strings.Compare("a", "b"), strings.ToLower("ÀÉÎ"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	fmt.Println(strings.FieldsFunc("a1b2c3", unicode.IsDigit), strings.LastIndexByte("abca", 'a'))
	// strconv
	n, err := strconv.Atoi("123x")
	fmt.Println(n, err)
	n, err = strconv.Atoi("99999999999999999999")
	fmt.Println(n, err)
	i64, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(i64, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.FormatUint(255, 16), strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteToASCII("héllo"), strconv.QuoteRune('☺'))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Println(uq, err)
	_, err = strconv.Unquote(`"bad`)
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("x="), 42, 10)), strconv.FormatBool(true))
	var ne *strconv.NumError
	_, err = strconv.Atoi("zz")
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num)
	// sort
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	ss := []string{"pear", "fig", "apple", "kiwi"}
	sort.Strings(ss)
	fl := []float64{2.5, -1, 3.25}
	sort.Float64s(fl)
	fmt.Println(xs, ss, fl, sort.SearchInts(xs, 8), sort.IntsAreSorted(xs))
	words := byLen{"ccc", "a", "bb", "dddd", "ee", "f"}
	sort.Stable(words)
	fmt.Println(words)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 30}, {"D", 25}, {"E", 40}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people, sort.Search(100, func(i int) bool { return i*i >= 50 }))
	// errors
	e1 := errors.New("base")
	e2 := fmt.Errorf("wrap: %w", e1)
	e3 := fmt.Errorf("again: %w", e2)
	fmt.Println(e3, errors.Is(e3, e1), errors.Unwrap(e3) == e2, errors.Unwrap(e1))
	var me *MyErr
	e4 := fmt.Errorf("ctx: %w", &MyErr{7})
	fmt.Println(errors.As(e4, &me), me.Code, me)
	fmt.Printf("%v %T %T\n", e4, e4, e1)
	// utf8/unicode
	fmt.Println(utf8.RuneCountInString("héllo"), utf8.RuneLen('é'), utf8.ValidString("a\xffb"))
	rr, size := utf8.DecodeRuneInString("世界")
	fmt.Println(rr, size, string(rr))
	buf := make([]byte, 4)
	nb := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:nb], unicode.IsLetter('x'), unicode.IsDigit('٣'), unicode.IsSpace('\u00a0'), unicode.Is(unicode.Han, '世'))
	fmt.Fprint(os.Stdout, "no newline", 1, 2, "\n")
}
