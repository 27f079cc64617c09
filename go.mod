module github.com/phpleak/phpleak

go 1.26.8

require (
	github.com/VKCOM/php-parser v0.8.2
	github.com/bmatcuk/doublestar/v4 v4.10.4
)

require (
	github.com/owenrumney/go-sarif/v2 v2.3.3
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.3
	golang.org/x/tools v0.52.0
	gopkg.in/yaml.v3 v3.0.1
)

require golang.org/x/text v0.14.0 // indirect
