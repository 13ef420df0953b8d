package main

import "fmt"

type State int

const (
	Idle State = iota
	Selecting
	Paying
	Dispensing
	OutOfOrder
)

var stateNames = [...]string{"Idle", "Selecting", "Paying", "Dispensing", "OutOfOrder"}

func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", int(s))
}

type Event struct {
	Kind string
	Arg  int
}

type Machine struct {
	state   State
	credit  int
	price   int
	stock   map[int]int
	choice  int
	history []State
}

func (m *Machine) transition(to State) {
	m.history = append(m.history, m.state)
	m.state = to
}

func (m *Machine) Handle(e Event) string {
	switch m.state {
	case Idle:
		if e.Kind == "select" {
			if m.stock[e.Arg] == 0 {
				return fmt.Sprintf("item %d sold out", e.Arg)
			}
			m.choice = e.Arg
			m.price = 50 + 25*e.Arg
			m.transition(Selecting)
			return fmt.Sprintf("item %d costs %d", e.Arg, m.price)
		}
	case Selecting, Paying:
		switch e.Kind {
		case "coin":
			m.credit += e.Arg
			if m.credit >= m.price {
				m.transition(Dispensing)
				return m.Handle(Event{Kind: "dispense"})
			}
			m.transition(Paying)
			return fmt.Sprintf("credit %d/%d", m.credit, m.price)
		case "cancel":
			refund := m.credit
			m.credit = 0
			m.transition(Idle)
			return fmt.Sprintf("refund %d", refund)
		}
	case Dispensing:
		m.stock[m.choice]--
		change := m.credit - m.price
		m.credit = 0
		m.transition(Idle)
		return fmt.Sprintf("dispensed %d, change %d", m.choice, change)
	}
	return fmt.Sprintf("ignored %s in %v", e.Kind, m.state)
}

func main() {
	m := &Machine{stock: map[int]int{1: 1, 2: 5}}
	events := []Event{{"coin", 10}, {"select", 1}, {"coin", 25}, {"coin", 25}, {"coin", 100},
		{"select", 1}, {"select", 2}, {"coin", 50}, {"cancel", 0}, {"select", 2}, {"coin", 200}}
	for _, e := range events {
		fmt.Printf("%-7s %3d -> %-28s [%v]\n", e.Kind, e.Arg, m.Handle(e), m.state)
	}
	fmt.Println(m.history)
	fmt.Println(m.stock, State(9), OutOfOrder)
}
