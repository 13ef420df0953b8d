package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Config struct {
	values map[string]string
	errs   []string
}

func parseConfig(src string) *Config {
	c := &Config{values: map[string]string{}}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			c.errs = append(c.errs, fmt.Sprintf("line %d: missing '='", n+1))
			continue
		}
		c.values[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"`)
	}
	return c
}

func (c *Config) Int(k string, def int) int {
	v, ok := c.values[k]
	if !ok {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		c.errs = append(c.errs, fmt.Sprintf("%s: %v", k, err))
		return def
	}
	return n
}

func (c *Config) Bool(k string) bool {
	b, _ := strconv.ParseBool(c.values[k])
	return b
}

const src = `
# server settings
host = "example.org"
port = 8080
debug = true   # trailing comment
workers = many
timeout=30
broken line
ratio = 0.75
`

func main() {
	c := parseConfig(src)
	keys := make([]string, 0, len(c.values))
	for k := range c.values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s = %q\n", k, c.values[k])
	}
	fmt.Println(c.Int("port", 80), c.Int("workers", 4), c.Int("missing", -1), c.Int("timeout", 0))
	fmt.Println(c.Bool("debug"), c.Bool("host"))
	r, err := strconv.ParseFloat(c.values["ratio"], 64)
	fmt.Println(r*100, err)
	for _, e := range c.errs {
		fmt.Println("error:", e)
	}
}
