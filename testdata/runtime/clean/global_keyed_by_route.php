<?php
// Compiled route regexes are kept in a global array keyed by the three route names.

$compiledRoutes = [];

function compileRoute(string $name, string $pattern): string
{
    global $compiledRoutes;
    return $compiledRoutes[$name] ??= '#^' . preg_replace('#\{(\w+)\}#', '(?P<$1>[^/]+)', $pattern) . '$#';
}

function match_request(string $path): ?string
{
    $routes = ['blog_show' => '/blog/{slug}', 'user_show' => '/users/{id}', 'home' => '/'];
    foreach ($routes as $name => $pattern) {
        if (preg_match(compileRoute($name, $pattern), $path)) {
            return $name;
        }
    }
    return null;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    match_request($i % 2 === 0 ? "/blog/post-{$i}" : "/users/{$i}");
}
