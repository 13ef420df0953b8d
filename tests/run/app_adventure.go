// A text adventure driven by a scripted list of commands: rooms, items,
// a state machine with iota states, a command parser, and a score.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type State int

const (
	Exploring State = iota
	Fighting
	Dead
	Won
)

func (s State) String() string {
	switch s {
	case Exploring:
		return "exploring"
	case Fighting:
		return "fighting"
	case Dead:
		return "dead"
	case Won:
		return "won"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
	Enemy *Enemy
}

type Enemy struct {
	Name string
	HP   int
	Hit  int
}

type Player struct {
	Room  string
	HP    int
	Bag   map[string]bool
	Score int
	State State
	Moves int
}

type Game struct {
	rooms  map[string]*Room
	p      *Player
	output []string
}

func (g *Game) say(format string, args ...interface{}) {
	g.output = append(g.output, fmt.Sprintf(format, args...))
}

func newGame() *Game {
	rooms := map[string]*Room{
		"hall":    {Name: "hall", Desc: "a dusty hall", Exits: map[string]string{"north": "library", "east": "kitchen"}, Items: []string{"lamp"}},
		"library": {Name: "library", Desc: "shelves of rotting books", Exits: map[string]string{"south": "hall", "up": "tower"}, Items: []string{"key", "scroll"}},
		"kitchen": {Name: "kitchen", Desc: "a cold kitchen", Exits: map[string]string{"west": "hall"}, Items: []string{"knife"}},
		"tower":   {Name: "tower", Desc: "a windy tower top", Exits: map[string]string{"down": "library"}, Enemy: &Enemy{"gargoyle", 7, 3}},
	}
	return &Game{rooms: rooms, p: &Player{Room: "hall", HP: 10, Bag: map[string]bool{}}}
}

func (g *Game) look() {
	r := g.rooms[g.p.Room]
	exits := make([]string, 0, len(r.Exits))
	for dir := range r.Exits {
		exits = append(exits, dir)
	}
	sort.Strings(exits)
	g.say("You are in %s. Exits: %s.", r.Desc, strings.Join(exits, ", "))
	if len(r.Items) > 0 {
		g.say("You see: %v", r.Items)
	}
	if r.Enemy != nil && r.Enemy.HP > 0 {
		g.say("A %s (hp %d) blocks the way!", r.Enemy.Name, r.Enemy.HP)
	}
}

func (g *Game) take(item string) {
	r := g.rooms[g.p.Room]
	for i, it := range r.Items {
		if it == item {
			r.Items = append(r.Items[:i], r.Items[i+1:]...)
			g.p.Bag[item] = true
			g.p.Score += 5
			g.say("Taken: %s.", item)
			return
		}
	}
	g.say("There is no %q here.", item)
}

func (g *Game) move(dir string) {
	r := g.rooms[g.p.Room]
	next, ok := r.Exits[dir]
	if !ok {
		g.say("You can't go %s.", dir)
		return
	}
	if next == "tower" && !g.p.Bag["lamp"] {
		g.say("It is too dark to climb.")
		return
	}
	g.p.Room = next
	g.p.Moves++
	if e := g.rooms[next].Enemy; e != nil && e.HP > 0 {
		g.p.State = Fighting
	}
	g.look()
}

func (g *Game) attack() {
	e := g.rooms[g.p.Room].Enemy
	if e == nil || e.HP <= 0 {
		g.say("Nothing to attack.")
		return
	}
	dmg := 1
	if g.p.Bag["knife"] {
		dmg = 3
	}
	e.HP -= dmg
	g.say("You hit the %s for %d.", e.Name, dmg)
	if e.HP <= 0 {
		g.say("The %s crumbles.", e.Name)
		g.p.Score += 50
		g.p.State = Won
		return
	}
	g.p.HP -= e.Hit
	g.say("The %s hits you for %d (hp %d).", e.Name, e.Hit, g.p.HP)
	if g.p.HP <= 0 {
		g.p.State = Dead
	}
}

var transitions = map[State]map[string]bool{
	Exploring: {"go": true, "take": true, "look": true, "inv": true},
	Fighting:  {"attack": true, "look": true, "inv": true, "go": true},
}

func (g *Game) do(line string) bool {
	words := strings.Fields(strings.ToLower(line))
	if len(words) == 0 {
		return true
	}
	verb, arg := words[0], ""
	if len(words) > 1 {
		arg = words[1]
	}
	if !transitions[g.p.State][verb] {
		g.say("[%v] cannot %q now.", g.p.State, verb)
		return g.p.State != Dead && g.p.State != Won
	}
	switch verb {
	case "go":
		g.move(arg)
	case "take":
		g.take(arg)
	case "look":
		g.look()
	case "attack":
		g.attack()
	case "inv":
		var items []string
		for k, v := range g.p.Bag {
			if v {
				items = append(items, k)
			}
		}
		sort.Strings(items)
		g.say("Carrying %d: %s", len(items), strings.Join(items, " "))
	}
	return g.p.State != Dead && g.p.State != Won
}

func main() {
	script := []string{
		"look", "take lamp", "take sword", "go west", "go east", "take knife",
		"go west", "go north", "take key", "inv", "go up", "take scroll",
		"attack", "attack", "dance", "attack", "look",
	}
	g := newGame()
	for i, cmd := range script {
		g.output = g.output[:0]
		cont := g.do(cmd)
		fmt.Printf("%2d> %s\n", i+1, cmd)
		for _, line := range g.output {
			fmt.Println("   ", line)
		}
		if !cont {
			fmt.Printf("game over: %v after %d moves, score %d, hp %d\n", g.p.State, g.p.Moves, g.p.Score, g.p.HP)
			break
		}
	}
	fmt.Println(State(7), Fighting)
	fmt.Printf("%v %d %s\n", g.p.State, g.p.State, g.p.State)
}
