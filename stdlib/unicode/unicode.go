// Package unicode: Unicode character classes and case mapping (gosub's
// standard library, Go 1.19 API, Unicode 13.0.0 as Go 1.19).  The tables
// live in C (vm/rt_unicode_tables.h, generated from Go's own); a
// RangeTable here is a handle to one of them.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition from which the tables are derived.
const Version = "13.0.0"

// RangeTable defines a set of Unicode code points; gosub's are the
// predefined tables only.
type RangeTable struct {
	id int
}

// The predefined tables (ids match tab_by_id in vm/rt_unicode_tables.h).
var (
	Letter      = &RangeTable{0}
	L           = Letter
	Upper       = &RangeTable{1}
	Lu          = Upper
	Lower       = &RangeTable{2}
	Ll          = Lower
	Title       = &RangeTable{3}
	Lt          = Title
	Mark        = &RangeTable{4}
	M           = Mark
	Number      = &RangeTable{5}
	N           = Number
	Digit       = &RangeTable{6}
	Nd          = Digit
	Punct       = &RangeTable{7}
	P           = Punct
	Symbol      = &RangeTable{8}
	S           = Symbol
	Zs          = &RangeTable{9}
	Control     = &RangeTable{10}
	Cc          = Control
	White_Space = &RangeTable{11}
	Latin       = &RangeTable{12}
	Greek       = &RangeTable{13}
	Cyrillic    = &RangeTable{14}
	Han         = &RangeTable{15}
	Arabic      = &RangeTable{16}
	Hebrew      = &RangeTable{17}
	Hiragana    = &RangeTable{18}
	Katakana    = &RangeTable{19}
	Hangul      = &RangeTable{20}
	Thai        = &RangeTable{21}
	Devanagari  = &RangeTable{22}
	Common      = &RangeTable{23}
	Sm          = &RangeTable{24}
	Sc          = &RangeTable{25}
	Pd          = &RangeTable{26}
	Ps          = &RangeTable{27}
	Pe          = &RangeTable{28}
	Po          = &RangeTable{29}
	No          = &RangeTable{30}
	Nl          = &RangeTable{31}
	Lm          = &RangeTable{32}
	Lo          = &RangeTable{33}
	Mn          = &RangeTable{34}
	Mc          = &RangeTable{35}
	Me          = &RangeTable{36}
	Sk          = &RangeTable{37}
	So          = &RangeTable{38}
	Pc          = &RangeTable{39}
	Pi          = &RangeTable{40}
	Pf          = &RangeTable{41}
	Cf          = &RangeTable{42}
	Co          = &RangeTable{43}
	Cs          = &RangeTable{44}
	Zl          = &RangeTable{45}
	Zp          = &RangeTable{46}
	Space       = &RangeTable{47}
	Z           = &RangeTable{47}
	C           = &RangeTable{48}
	Other       = C
)

func inTable(id int, r rune) bool

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	return inTable(rangeTab.id, r)
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	return In(r, ranges...)
}

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsMark(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsControl(r rune) bool
func IsSpace(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or
// TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}
