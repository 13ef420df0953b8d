package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"123", "-45", "+7", "0", "abc", "12a", "", "99999999999999999999", " 1", "0x10"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, s := range []string{"3.14", "-1e10", "inf", "NaN", "1e400", "x1", ".5", "1_000.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-80", 16, 8}, {"81", 16, 8}, {"777", 8, 64}, {"101", 2, 8}, {"0x1f", 0, 64}, {"0b11", 0, 64}, {"z", 36, 64}, {"1_000", 0, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)
	for _, s := range []string{"true", "F", "1", "yes", "TRUE"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.Itoa(-99), strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000012345, 'e', 3, 64), strconv.FormatFloat(2.5, 'f', -1, 32))
	fmt.Printf("%q %q\n", strconv.FormatFloat(-2.5, 0, 3, 64), strconv.FormatFloat(-2.5, 'z', -1, 32)) // unknown format: no sign
	fmt.Println(strconv.FormatBool(false), strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'), strconv.QuoteToASCII("日本"))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)))
	_, err = strconv.Atoi("bad")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(err.(*strconv.NumError).Err == strconv.ErrRange)
}
