package figures

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/extract/dates"
	"github.com/diplograph/diplograph/extract/lexicon"
)

// want describes one expected figure; zero fields are not checked except
// where the case says so.
type wantFig struct {
	text     string
	value    float64
	unit     string
	kind     string
	approx   string
	change   *float64 // nil: Change must be nil
	isChange bool
	target   bool
}

// testParser reads the project's own tables.
var testParser = sync.OnceValue(func() *Parser {
	lex, err := lexicon.Load()
	if err != nil {
		panic(err)
	}
	dp, err := dates.New(lex)
	if err != nil {
		panic(err)
	}
	fp, err := New(lex, dp)
	if err != nil {
		panic(err)
	}
	return fp
})

func pf(v float64) *float64 { return &v }

func TestParseFigures(t *testing.T) {
	cases := []struct {
		name     string
		sentence string
		hint     string
		want     []wantFig
	}{
		{"dollar sign billion", "Exports to the region came to $31 billion.", "",
			[]wantFig{{text: "$31 billion", value: 31e9, unit: "USD", kind: KindMoney}}},
		{"dollar sign with space and decimal", "Turnover stood at $ 12.5 billion last year.", "",
			[]wantFig{{text: "$ 12.5 billion", value: 12.5e9, unit: "USD", kind: KindMoney}}},
		{"US dollar sign spaced", "Investment reached US$ 8 billion.", "",
			[]wantFig{{text: "US$ 8 billion", value: 8e9, unit: "USD", kind: KindMoney}}},
		{"a naira amount with its letter glued", "Trade reached N500 billion last year.", "",
			[]wantFig{{text: "N500 billion", value: 500e9, unit: "NGN", kind: KindMoney}}},
		{"a naira amount with its letter glued and thousands", "Each farmer received N250,000 in support.", "",
			[]wantFig{{text: "N250,000", value: 250000, unit: "NGN", kind: KindMoney}}},
		{"a letter glued to a small number is a code", "Health workers need N95 masks.", "", nil},
		{"a dash range is its high end in the currency before its low end", "Trade is worth US$2-3 billion a year.", "",
			[]wantFig{{text: "US$2-3 billion", value: 3e9, unit: "USD", kind: KindMoney}}},
		{"a dash range of euros written with the sign", "The plant will cost €40-55 million.", "",
			[]wantFig{{text: "€40-55 million", value: 55e6, unit: "EUR", kind: KindMoney}}},
		{"a dash range of percentages", "Exports grew 10-15 percent.", "",
			[]wantFig{{text: "15 percent", value: 15, unit: "percent", kind: KindPercent, change: pf(15), isChange: true}}},
		{"US dollar sign glued", "The fund holds US$320 million in assets.", "",
			[]wantFig{{text: "US$320 million", value: 320e6, unit: "USD", kind: KindMoney}}},
		{"ISO code before", "The loan is worth USD 4 bn over five years.", "",
			[]wantFig{{text: "USD 4 bn", value: 4e9, unit: "USD", kind: KindMoney}}},
		{"ISO code after", "Mutual trade came to 17.2 bn USD in the period.", "",
			[]wantFig{{text: "17.2 bn USD", value: 17.2e9, unit: "USD", kind: KindMoney}}},
		{"bln abbreviation", "Bilateral trade hit $7 bln, the minister said.", "",
			[]wantFig{{text: "$7 bln", value: 7e9, unit: "USD", kind: KindMoney}}},
		{"no currency takes the hint", "Trade amounted to a total of 3 billion.", "USD",
			[]wantFig{{text: "3 billion", value: 3e9, unit: "USD", kind: KindMoney}}},
		{"no currency no hint", "Trade amounted to a total of 3 billion.", "",
			[]wantFig{{text: "3 billion", value: 3e9, unit: "", kind: KindMoney}}},
		{"rand sign glued", "Trade between the two countries stood at R45 billion last year.", "",
			[]wantFig{{text: "R45 billion", value: 45e9, unit: "ZAR", kind: KindMoney}}},
		{"rand sign glued to a grouped number", "The company invested R2,500 million in the plant.", "",
			[]wantFig{{text: "R2,500 million", value: 2.5e9, unit: "ZAR", kind: KindMoney}}},
		{"rupee abbreviation glued", "Indian investment in the state has reached Rs500 crore.", "",
			[]wantFig{{text: "Rs500 crore", value: 5e9, unit: "INR", kind: KindMoney}}},
		{"shilling abbreviation glued", "Exports were worth KSh12 billion in the year.", "",
			[]wantFig{{text: "KSh12 billion", value: 12e9, unit: "KES", kind: KindMoney}}},
		{"a letter glued to a small number is a code", "The R5 road and the M4 motorway were repaired.", "", nil},
		{"roubles", "The exchange handled 61 billion roubles of deals.", "",
			[]wantFig{{text: "61 billion roubles", value: 61e9, unit: "RUB", kind: KindMoney}}},
		{"rubles spelling", "Subsidies of 900 million rubles were paid.", "",
			[]wantFig{{text: "900 million rubles", value: 900e6, unit: "RUB", kind: KindMoney}}},
		{"tenge", "The region received 12 billion tenge in grants.", "",
			[]wantFig{{text: "12 billion tenge", value: 12e9, unit: "KZT", kind: KindMoney}}},
		{"yen", "Tokyo offered a loan of 150 billion yen.", "",
			[]wantFig{{text: "150 billion yen", value: 150e9, unit: "JPY", kind: KindMoney}}},
		{"yuan", "Sales rose to 2 trillion yuan.", "",
			[]wantFig{{text: "2 trillion yuan", value: 2e12, unit: "CNY", kind: KindMoney}}},
		{"euros", "The bank lent 450 million euros.", "",
			[]wantFig{{text: "450 million euros", value: 450e6, unit: "EUR", kind: KindMoney}}},
		{"euro sign glued m", "A grant of €5m was approved.", "",
			[]wantFig{{text: "€5m", value: 5e6, unit: "EUR", kind: KindMoney}}},
		{"pound sign bn", "The deal is valued at £2.4bn.", "",
			[]wantFig{{text: "£2.4bn", value: 2.4e9, unit: "GBP", kind: KindMoney}}},
		{"rupees crore", "The state invested Rs 500 crore in roads.", "",
			[]wantFig{{text: "Rs 500 crore", value: 5e9, unit: "INR", kind: KindMoney}}},
		{"cedi sign of letters and a symbol, spaced", "Exports to Togo reached GH¢ 4 billion last year.", "",
			[]wantFig{{text: "GH¢ 4 billion", value: 4e9, unit: "GHS", kind: KindMoney}}},
		{"cedi sign of letters and a symbol, glued", "The fund holds GH₵2.5 million for the project.", "",
			[]wantFig{{text: "GH₵2.5 million", value: 2.5e6, unit: "GHS", kind: KindMoney}}},
		{"rupees abbreviation with a dot and a space", "The state invested Rs. 500 crore in roads.", "",
			[]wantFig{{text: "Rs. 500 crore", value: 5e9, unit: "INR", kind: KindMoney}}},
		{"euro sign spaced before a glued scale", "Trade came to € 3bn in 2023.", "",
			[]wantFig{{text: "€ 3bn", value: 3e9, unit: "EUR", kind: KindMoney}}},
		{"rupees noun", "Farmers got 20 billion rupees.", "",
			[]wantFig{{text: "20 billion rupees", value: 20e9, unit: "INR", kind: KindMoney}}},
		{"Turkish lira", "Revenue was 80 million Turkish lira.", "",
			[]wantFig{{text: "80 million Turkish lira", value: 80e6, unit: "TRY", kind: KindMoney}}},
		{"Australian dollars", "Canberra pledged 2 billion Australian dollars.", "",
			[]wantFig{{text: "2 billion Australian dollars", value: 2e9, unit: "AUD", kind: KindMoney, target: true}}},
		{"trillion tn", "Global output is near $100 tn.", "",
			[]wantFig{{text: "$100 tn", value: 100e12, unit: "USD", kind: KindMoney}}},
		{"thousand dollars", "Each family got 5 thousand dollars.", "",
			[]wantFig{{text: "5 thousand dollars", value: 5e3, unit: "USD", kind: KindMoney}}},

		{"approx almost", "Deals worth almost $2 billion were struck.", "",
			[]wantFig{{text: "almost $2 billion", value: 2e9, unit: "USD", kind: KindMoney, approx: "almost"}}},
		{"approx nearly", "They invested nearly $40 million.", "",
			[]wantFig{{text: "nearly $40 million", value: 40e6, unit: "USD", kind: KindMoney, approx: "nearly"}}},
		{"approx more than", "There are more than 600 firms with foreign capital.", "",
			[]wantFig{{text: "more than 600 firms", value: 600, unit: "firms", kind: KindCount, approx: "more than"}}},
		{"approx about", "The corridor carried about 3 million tons of cargo.", "",
			[]wantFig{{text: "about 3 million tons", value: 3e6, unit: "tons", kind: KindCount, approx: "about"}}},
		{"approx some", "Some 1,200 students study abroad.", "",
			[]wantFig{{text: "Some 1,200 students", value: 1200, unit: "students", kind: KindCount, approx: "some"}}},
		{"approx less than", "Less than 5 percent of goods are affected.", "",
			[]wantFig{{text: "Less than 5 percent", value: 5, unit: "percent", kind: KindPercent, approx: "less than"}}},
		{"approx roughly maps to about", "Roughly $9 billion flowed in.", "",
			[]wantFig{{text: "Roughly $9 billion", value: 9e9, unit: "USD", kind: KindMoney, approx: "about"}}},

		{"count with space thousands", "There are 4 512 companies with foreign capital and 1 208 joint ventures.", "",
			[]wantFig{
				{text: "4 512 companies", value: 4512, unit: "companies", kind: KindCount},
				{text: "1 208 joint ventures", value: 1208, unit: "ventures", kind: KindCount},
			}},
		{"count with comma thousands and adjective", "The plant will add 12,000 more jobs.", "",
			[]wantFig{{text: "12,000 more jobs", value: 12000, unit: "jobs", kind: KindCount}}},
		{"count over jobs", "Over 3,000 jobs were created.", "",
			[]wantFig{{text: "Over 3,000 jobs", value: 3000, unit: "jobs", kind: KindCount, approx: "over"}}},
		{"count with two adjectives", "They run 17 big joint projects in the north.", "",
			[]wantFig{{text: "17 big joint projects", value: 17, unit: "projects", kind: KindCount}}},
		{"count enterprises singular normalised", "Only 1 enterprise is left.", "",
			[]wantFig{{text: "1 enterprise", value: 1, unit: "enterprises", kind: KindCount}}},
		{"count unknown plural noun", "The plan lists 45 measures.", "",
			[]wantFig{{text: "45 measures", value: 45, unit: "measures", kind: KindCount}}},
		{"count tonnes normalised", "Shipments reached 700 tonnes.", "",
			[]wantFig{{text: "700 tonnes", value: 700, unit: "tons", kind: KindCount}}},
		{"bare count", "The score was 7 in the end.", "",
			[]wantFig{{text: "7", value: 7, unit: "count", kind: KindCount}}},
		{"year then space grouped is not joined", "In 2019 300 firms opened offices.", "",
			[]wantFig{{text: "300 firms", value: 300, unit: "firms", kind: KindCount}}},

		{"percent word", "Inflation was 9 percent.", "",
			[]wantFig{{text: "9 percent", value: 9, unit: "percent", kind: KindPercent}}},
		{"percent sign", "Its share is 15%.", "",
			[]wantFig{{text: "15%", value: 15, unit: "percent", kind: KindPercent}}},
		{"per cent two words", "Unemployment stood at 4.5 per cent.", "",
			[]wantFig{{text: "4.5 per cent", value: 4.5, unit: "percent", kind: KindPercent}}},

		{"change grew by attaches to amount", "Trade grew by 12 percent and amounted to $9 billion.", "",
			[]wantFig{
				{text: "12 percent", value: 12, unit: "percent", kind: KindPercent, isChange: true, change: pf(12)},
				{text: "$9 billion", value: 9e9, unit: "USD", kind: KindMoney, change: pf(12)},
			}},
		{"change decreased by about", "Volumes decreased against the previous year by about 4.5 percent to $3.1 billion.", "",
			[]wantFig{
				{text: "about 4.5 percent", value: 4.5, unit: "percent", kind: KindPercent, approx: "about", isChange: true, change: pf(-4.5)},
				{text: "$3.1 billion", value: 3.1e9, unit: "USD", kind: KindMoney, change: pf(-4.5)},
			}},
		{"change percent more than", "Trade rose to $18 billion, which is 9 percent more than a year earlier.", "",
			[]wantFig{
				{text: "$18 billion", value: 18e9, unit: "USD", kind: KindMoney, change: pf(9)},
				{text: "9 percent", value: 9, unit: "percent", kind: KindPercent, isChange: true, change: pf(9)},
			}},
		{"change up percent sign", "Exports were up 12% at $4 billion.", "",
			[]wantFig{
				{text: "12%", value: 12, unit: "percent", kind: KindPercent, isChange: true, change: pf(12)},
				{text: "$4 billion", value: 4e9, unit: "USD", kind: KindMoney, change: pf(12)},
			}},
		{"change a drop after", "Imports saw a 3% drop.", "",
			[]wantFig{{text: "3%", value: 3, unit: "percent", kind: KindPercent, isChange: true, change: pf(-3)}}},
		{"change growth of", "This year we recorded a growth of 40 percent.", "",
			[]wantFig{{text: "40 percent", value: 40, unit: "percent", kind: KindPercent, isChange: true, change: pf(40)}}},
		{"change nearest pair wins", "You said turnover grew by 4 percent, but I have another number – 6 percent, reaching $13 billion.", "",
			[]wantFig{
				{text: "4 percent", value: 4, unit: "percent", kind: KindPercent, isChange: true, change: pf(4)},
				{text: "6 percent", value: 6, unit: "percent", kind: KindPercent, isChange: true, change: pf(6)},
				{text: "$13 billion", value: 13e9, unit: "USD", kind: KindMoney, change: pf(6)},
			}},
		{"change glued abbreviations", "Turnover has reached $6 bln, having grown by 25% this year.", "",
			[]wantFig{
				{text: "$6 bln", value: 6e9, unit: "USD", kind: KindMoney, change: pf(25)},
				{text: "25%", value: 25, unit: "percent", kind: KindPercent, isChange: true, change: pf(25)},
			}},
		{"change over then exact", "Last year sales increased by over 50 percent – by 53 percent, in fact.", "",
			[]wantFig{
				{text: "over 50 percent", value: 50, unit: "percent", kind: KindPercent, approx: "over", isChange: true, change: pf(50)},
				{text: "53 percent", value: 53, unit: "percent", kind: KindPercent, isChange: true, change: pf(53)},
			}},
		{"change roubles", "Last year, trade grew by 8.5 percent and amounted to over 30 billion roubles.", "",
			[]wantFig{
				{text: "8.5 percent", value: 8.5, unit: "percent", kind: KindPercent, isChange: true, change: pf(8.5)},
				{text: "over 30 billion roubles", value: 30e9, unit: "RUB", kind: KindMoney, approx: "over", change: pf(8.5)},
			}},
		{"signed percents", "Exports +6%, imports −2% on the year.", "",
			[]wantFig{
				{text: "6%", value: 6, unit: "percent", kind: KindPercent, isChange: true, change: pf(6)},
				{text: "2%", value: 2, unit: "percent", kind: KindPercent, isChange: true, change: pf(-2)},
			}},
		{"share is not a change", "Exports grew, and machinery accounts for 40 percent of them.", "",
			[]wantFig{{text: "40 percent", value: 40, unit: "percent", kind: KindPercent}}},

		// "grew by X% to reach Y": what the growth came to, no goal; a goal
		// verb or an intent before the growth keeps it a goal
		{"grew by a percent to reach", "Our trade grew by 20% to reach $3.4 billion last year.", "",
			[]wantFig{
				{text: "20%", value: 20, unit: "percent", kind: KindPercent, isChange: true, change: pf(20)},
				{text: "$3.4 billion", value: 3.4e9, unit: "USD", kind: KindMoney, change: pf(20)},
			}},
		{"rose a percent to reach", "Trade rose 12 percent to reach 1.5 trillion rubles in 2023.", "",
			[]wantFig{
				{text: "12 percent", value: 12, unit: "percent", kind: KindPercent, isChange: true, change: pf(12)},
				{text: "1.5 trillion rubles", value: 1.5e12, unit: "RUB", kind: KindMoney, change: pf(12)},
			}},
		{"grew by a multiple, words between, to reach", "Exports had grown fivefold over the past decade to reach $1.5 billion.", "",
			[]wantFig{
				{text: "fivefold", value: 400, unit: "percent", kind: KindPercent, isChange: true, change: pf(400)},
				{text: "$1.5 billion", value: 1.5e9, unit: "USD", kind: KindMoney, change: pf(400)},
			}},
		{"rose by a percent, a year between, to reach", "Trade rose by 30 percent last year to reach 2 billion euros.", "",
			[]wantFig{
				{text: "30 percent", value: 30, unit: "percent", kind: KindPercent, isChange: true, change: pf(30)},
				{text: "2 billion euros", value: 2e9, unit: "EUR", kind: KindMoney, change: pf(30)},
			}},
		{"aim to grow by a percent to reach", "The two countries aim to increase trade by 20% to reach $5 billion by 2030.", "",
			[]wantFig{
				{text: "20%", value: 20, unit: "percent", kind: KindPercent, isChange: true, change: pf(20), target: true},
				{text: "$5 billion", value: 5e9, unit: "USD", kind: KindMoney, target: true},
			}},
		{"to grow by a percent to reach", "The sides want trade to grow by 20 percent to reach $5 billion.", "",
			[]wantFig{
				{text: "20 percent", value: 20, unit: "percent", kind: KindPercent, isChange: true, change: pf(20), target: true},
				{text: "$5 billion", value: 5e9, unit: "USD", kind: KindMoney, target: true},
			}},
		// currency signs and press abbreviations of Asia and Africa
		{"peso sign", "Exports were worth ₱120 billion in 2023.", "",
			[]wantFig{{text: "₱120 billion", value: 120e9, unit: "PHP", kind: KindMoney}}},
		{"naira sign", "Trade reached ₦2.5 trillion.", "",
			[]wantFig{{text: "₦2.5 trillion", value: 2.5e12, unit: "NGN", kind: KindMoney}}},
		{"cedi sign", "Trade reached ₵4 billion.", "",
			[]wantFig{{text: "₵4 billion", value: 4e9, unit: "GHS", kind: KindMoney}}},
		{"Ugandan shilling abbreviation", "Exports rose to USh 3 trillion.", "",
			[]wantFig{{text: "USh 3 trillion", value: 3e12, unit: "UGX", kind: KindMoney}}},
		{"target bring to", "The leaders want to bring trade to $20 billion.", "",
			[]wantFig{{text: "$20 billion", value: 20e9, unit: "USD", kind: KindMoney, target: true}}},
		{"target increase to by year", "Our goal is to increase this amount to $12 billion by 2028.", "",
			[]wantFig{{text: "$12 billion", value: 12e9, unit: "USD", kind: KindMoney, target: true}}},
		{"target of", "We are working to reach a target of 30 billion soon.", "",
			[]wantFig{{text: "30 billion", value: 30e9, unit: "", kind: KindMoney, target: true}}},
		{"target aim up to", "The two states aim to increase trade up to US$ 8 billion by 2027.", "",
			[]wantFig{{text: "US$ 8 billion", value: 8e9, unit: "USD", kind: KindMoney, target: true}}},
		{"fact then plans in parenthesis", "They discussed trade (now $40 billion, with plans to increase this figure to $70 billion a year).", "",
			[]wantFig{
				{text: "$40 billion", value: 40e9, unit: "USD", kind: KindMoney},
				{text: "$70 billion", value: 70e9, unit: "USD", kind: KindMoney, target: true},
			}},
		{"fact then working on reaching", "Trade has already reached $3 bln, and the sides are working on reaching $5 bln soon.", "",
			[]wantFig{
				{text: "$3 bln", value: 3e9, unit: "USD", kind: KindMoney},
				{text: "$5 bln", value: 5e9, unit: "USD", kind: KindMoney, target: true},
			}},
		{"raise to by year", "They agreed to raise bilateral trade to US$90 billion by 2035.", "",
			[]wantFig{{text: "US$90 billion", value: 90e9, unit: "USD", kind: KindMoney, target: true}}},
		{"the further steps of a goal", "He stressed the need to bring trade to $2 billion, and then up to $4 billion.", "",
			[]wantFig{
				{text: "$2 billion", value: 2e9, unit: "USD", kind: KindMoney, target: true},
				{text: "$4 billion", value: 4e9, unit: "USD", kind: KindMoney, target: true},
			}},
		{"a goal and a later goal joined by or", "They plan to raise exports to 3 billion euros or even 5 billion euros.", "",
			[]wantFig{
				{text: "3 billion euros", value: 3e9, unit: "EUR", kind: KindMoney, target: true},
				{text: "5 billion euros", value: 5e9, unit: "EUR", kind: KindMoney, target: true},
			}},
		{"a fact after a goal stays a fact", "The aim is $9 billion; last year trade reached $6 billion.", "",
			[]wantFig{
				{text: "$9 billion", value: 9e9, unit: "USD", kind: KindMoney, target: true},
				{text: "$6 billion", value: 6e9, unit: "USD", kind: KindMoney},
			}},
		{"forecast is not a target", "Trade is expected to reach $11 billion this year.", "",
			[]wantFig{{text: "$11 billion", value: 11e9, unit: "USD", kind: KindMoney}}},
		{"a forecast told by 'set to' is not a target", "Exports are set to reach $7 billion next year.", "",
			[]wantFig{{text: "$7 billion", value: 7e9, unit: "USD", kind: KindMoney}}},
		{"a forecast told by 'on track to' is not a target", "Two-way trade is on track to hit 3 billion euros in 2026.", "",
			[]wantFig{{text: "3 billion euros", value: 3e9, unit: "EUR", kind: KindMoney}}},
		{"a forecast told by 'poised to' is not a target", "Investment is poised to reach $900 million.", "",
			[]wantFig{{text: "$900 million", value: 900e6, unit: "USD", kind: KindMoney}}},
		{"an estimate is not a target", "Trade is estimated to reach $4 billion this year.", "",
			[]wantFig{{text: "$4 billion", value: 4e9, unit: "USD", kind: KindMoney}}},
		{"a goal that is on track stays a goal", "Both sides are on track to reach the target of $5 billion in trade.", "",
			[]wantFig{{text: "$5 billion", value: 5e9, unit: "USD", kind: KindMoney, target: true}}},
		{"'set' alone sets a goal", "The leaders set out plans to raise trade to $6 billion.", "",
			[]wantFig{{text: "$6 billion", value: 6e9, unit: "USD", kind: KindMoney, target: true}}},
		{"a number written as a word before a scale word", "Trade reached one billion dollars.", "",
			[]wantFig{{text: "one billion dollars", value: 1e9, unit: "USD", kind: KindMoney}}},
		{"'a' before a scale word is one of it", "Exports came to a million tonnes.", "",
			[]wantFig{{text: "a million tonnes", value: 1e6, unit: "tons", kind: KindCount}}},
		{"half a billion", "Investment reached half a billion euros.", "",
			[]wantFig{{text: "a billion euros", value: 0.5e9, unit: "EUR", kind: KindMoney}}},
		{"a number word before hundred is not read alone", "Trade reached two hundred million dollars.", "", nil},
		{"a figure right after 'towards' is a goal", "The leaders agreed to work towards $10 billion in trade.", "",
			[]wantFig{{text: "$10 billion", value: 10e9, unit: "USD", kind: KindMoney, target: true}}},
		{"a figure after 'toward' in another phrasing", "The ministers discussed the road toward 5 billion euros of exports.", "",
			[]wantFig{{text: "5 billion euros", value: 5e9, unit: "EUR", kind: KindMoney, target: true}}},
		{"a target word after a noun after the figure", "The ministers welcomed the $10 billion trade target.", "",
			[]wantFig{{text: "$10 billion", value: 10e9, unit: "USD", kind: KindMoney, target: true}}},
		{"a goal word after a noun after the figure, in another phrasing", "They reaffirmed the 2 million tourist goal.", "",
			[]wantFig{{text: "2 million tourist", value: 2e6, unit: "tourists", kind: KindCount, target: true}}},
		{"past tense increase is fact", "Trade increased to $5 billion.", "",
			[]wantFig{{text: "$5 billion", value: 5e9, unit: "USD", kind: KindMoney}}},

		{"a count and its change after a comma", "The port handled 1.2 million TEU in 2021, up 6 per cent.", "",
			[]wantFig{
				{text: "1.2 million TEU", value: 1.2e6, unit: "teu", kind: KindCount, change: pf(6)},
				{text: "6 per cent", value: 6, unit: "percent", kind: KindPercent, change: pf(6), isChange: true},
			}},
		{"a change and the count it came to after a comma", "Visitors increased threefold, to 450,000 people.", "",
			[]wantFig{
				{text: "threefold", value: 200, unit: "percent", kind: KindPercent, change: pf(200), isChange: true},
				{text: "450,000 people", value: 450000, unit: "people", kind: KindCount, change: pf(200)},
			}},
		{"an amount, its year and its restatement in brackets", "Trade came to 2.2 billion euros in 2022 (about $2.4 billion).", "",
			[]wantFig{
				{text: "2.2 billion euros", value: 2.2e9, unit: "EUR", kind: KindMoney},
				{text: "about $2.4 billion", value: 2.4e9, unit: "USD", kind: KindMoney, approx: "about"},
			}},
		{"a number of billions and millions", "Trade amounted to 1 billion 200 million dollars.", "",
			[]wantFig{{text: "1 billion 200 million dollars", value: 1.2e9, unit: "USD", kind: KindMoney}}},
		{"millions and thousands", "Exports reached 3 million 450 thousand tonnes.", "",
			[]wantFig{{text: "3 million 450 thousand tonnes", value: 3.45e6, unit: "tons", kind: KindCount}}},
		{"a scaled number and a year stay apart", "Trade reached $2 billion 2023 saw more.", "",
			[]wantFig{{text: "$2 billion", value: 2e9, unit: "USD", kind: KindMoney}}},
		{"a count and a change of another clause", "There are 300 firms, and exports grew by 4 percent.", "",
			[]wantFig{
				{text: "300 firms", value: 300, unit: "firms", kind: KindCount},
				{text: "4 percent", value: 4, unit: "percent", kind: KindPercent, change: pf(4), isChange: true},
			}},
		// Multiples: growth stated as a factor is a change in percent.
		{"doubled", "Mutual trade has almost doubled since the forum.", "",
			[]wantFig{{text: "almost doubled", value: 100, unit: "percent", kind: KindPercent, approx: "almost", change: pf(100), isChange: true}}},
		{"threefold rise", "Exports saw a threefold rise over five years.", "",
			[]wantFig{{text: "threefold", value: 200, unit: "percent", kind: KindPercent, change: pf(200), isChange: true}}},
		{"digits times", "Investment increased 1.5 times in two years.", "",
			[]wantFig{{text: "1.5 times", value: 50, unit: "percent", kind: KindPercent, change: pf(50), isChange: true}}},
		{"words times", "Our exports grew by one and a half times last year.", "",
			[]wantFig{{text: "one and a half times", value: 50, unit: "percent", kind: KindPercent, change: pf(50), isChange: true}}},
		{"hyphenated fold with an amount", "Trade rose 3-fold to $900 million.", "",
			[]wantFig{
				{text: "3-fold", value: 200, unit: "percent", kind: KindPercent, change: pf(200), isChange: true},
				{text: "$900 million", value: 900e6, unit: "USD", kind: KindMoney, change: pf(200)},
			}},
		{"a fall by a factor", "Imports decreased 2 times after the sanctions.", "",
			[]wantFig{{text: "2 times", value: 50, unit: "percent", kind: KindPercent, change: pf(-50), isChange: true}}},
		{"halved", "The deficit was halved.", "",
			[]wantFig{{text: "halved", value: 50, unit: "percent", kind: KindPercent, change: pf(-50), isChange: true}}},
		{"times with no change is no figure", "The leaders have met 3 times and spoke two times by phone.", "", nil},
		{"a goal from today's level", "The sides aim to raise trade to $15 billion by 2030 from the current $6 billion.", "",
			[]wantFig{{text: "$15 billion", value: 15e9, unit: "USD", kind: KindMoney, target: true},
				{text: "$6 billion", value: 6e9, unit: "USD", kind: KindMoney}}},
		{"a goal from its present level", "They plan to lift trade from its present 2 billion dollars to 5 billion dollars.", "",
			[]wantFig{{text: "2 billion dollars", value: 2e9, unit: "USD", kind: KindMoney},
				{text: "5 billion dollars", value: 5e9, unit: "USD", kind: KindMoney, target: true}}},
		{"a goal to double is no multiple", "The sides intend to double trade by 2030.", "", nil},

		// Things that are not figures.
		{"a code and a number", "The delegation came for COP29, a year after the COP 28 talks.", "", nil},
		{"years", "In 2019 and in 2021 the sides met; the plan runs until 2030.", "", nil},
		{"ordinals", "The 14th forum and the 22th session opened on the 3rd day.", "", nil},
		{"century", "The treaty of the 21st century matters.", "", nil},
		{"codes", "Leaders met at the G20 and the P4G summit, not about F-35 jets or COVID-19.", "", nil},
		{"time of day", "The talks began at 3:10 p.m. and ended at 5 pm.", "", nil},
		{"dates numeric", "It was signed on 03.02.2023 and confirmed on 01/09/2023.", "", nil},
		{"dates with month", "They met on May 27, 2024 and again on 12 March and on Aug. 19.", "", nil},
		{"iso date", "Published 2024-02-04 on the site.", "", nil},
		{"list marker", "1. At the outset the leaders spoke.", "", nil},
		{"parenthesised list marker", "(2) The parties agreed.", "", nil},
		{"durations", "They talked for approximately 20 minutes after 10 years apart.", "", nil},
		{"decade", "Relations were frozen in the 1990s.", "", nil},
		{"number words", "Two leaders and five key investors attended.", "", nil},
		{"compound adjective", "They adopted a 5-year plan.", "", nil},
		{"label numbers", "See Article 5 and No. 7 of the decree.", "", nil},
		{"year before plural", "In 2022 exports rose sharply.", "", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := testParser().Parse(tc.sentence, tc.hint)
			if len(got) != len(tc.want) {
				t.Fatalf("testParser().Parse(%q) = %s, want %d figures", tc.sentence, dumpFigs(got), len(tc.want))
			}
			for k, w := range tc.want {
				g := got[k]
				if g.Text != w.text || tc.sentence[g.Span.Start:g.Span.End] != g.Text {
					t.Errorf("figure %d text %q (span %v), want %q", k, g.Text, g.Span, w.text)
				}
				if math.Abs(g.Value-w.value) > 1e-9*math.Max(1, math.Abs(w.value)) {
					t.Errorf("figure %d value %v, want %v", k, g.Value, w.value)
				}
				if g.Unit != w.unit || g.Kind != w.kind || g.Approx != w.approx {
					t.Errorf("figure %d unit/kind/approx = %q/%q/%q, want %q/%q/%q", k, g.Unit, g.Kind, g.Approx, w.unit, w.kind, w.approx)
				}
				if g.IsChange != w.isChange || g.Target != w.target {
					t.Errorf("figure %d isChange/target = %v/%v, want %v/%v", k, g.IsChange, g.Target, w.isChange, w.target)
				}
				switch {
				case w.change == nil && g.Change != nil:
					t.Errorf("figure %d change = %v, want none", k, *g.Change)
				case w.change != nil && (g.Change == nil || *g.Change != *w.change):
					t.Errorf("figure %d change = %s, want %v", k, fmtChange(g.Change), *w.change)
				}
			}
		})
	}
}

func fmtChange(c *float64) string {
	if c == nil {
		return "none"
	}
	return fmt.Sprint(*c)
}

func dumpFigs(fs []Figure) string {
	var b strings.Builder
	b.WriteString("[")
	for _, f := range fs {
		fmt.Fprintf(&b, "{%q %v %s %s approx=%q change=%s isChange=%v target=%v} ", f.Text, f.Value, f.Unit, f.Kind, f.Approx, fmtChange(f.Change), f.IsChange, f.Target)
	}
	b.WriteString("]")
	return b.String()
}

// benchSentences builds about 1 MB of news-like sentences.
func benchSentences() []string {
	base := []string{
		"Trade between the two countries grew to $14 billion in the first ten months of 2021, which is 9 percent more than a year earlier.",
		"In addition, 31 joint projects worth nearly $2 billion were completed, and over 6,000 jobs were created.",
		"The ministers met on Tuesday (12 March) in the capital and signed 8 documents.",
		"Volumes decreased compared to the same period of 2018 by about 3.5 percent to 61 billion roubles.",
		"The sides aim to increase the level of trade up to US$ 20 billion by 2030, the 5th forum heard at 3:10 p.m.",
		"There are 2 345 enterprises with foreign participation and 1 120 joint ventures operating in the region.",
	}
	var out []string
	size := 0
	for size < 1<<20 {
		for _, s := range base {
			out = append(out, s)
			size += len(s)
		}
	}
	return out
}

func BenchmarkParseFigures(b *testing.B) {
	sents := benchSentences()
	total := 0
	for _, s := range sents {
		total += len(s)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			testParser().Parse(s, "USD")
		}
	}
}

// TestParseFiguresLongSentence guards against quadratic work: a sentence of many
// figures parses and every figure is found.
func TestParseFiguresLongSentence(t *testing.T) {
	var b strings.Builder
	for i := 0; i < 2000; i++ {
		b.WriteString("trade grew by 5 percent to $3 billion, ")
	}
	got := testParser().Parse(b.String(), "")
	if len(got) != 4000 {
		t.Fatalf("got %d figures, want 4000", len(got))
	}
}
