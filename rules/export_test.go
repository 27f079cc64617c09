package rules

// OpenDomainForTest exposes openDomain to the external tests.
var OpenDomainForTest = openDomain
