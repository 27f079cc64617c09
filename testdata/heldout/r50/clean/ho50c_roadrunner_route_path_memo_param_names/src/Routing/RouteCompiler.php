<?php

namespace App\Routing;

final class RouteCompiler
{
    public function __construct(private RouteCollection $routes)
    {
    }

    /**
     * Compiles a named route for the parameter names a call site supplies:
     * optional segments ({slug?}) are kept only when supplied, and names
     * that are not path variables become query parameters.
     *
     * @param list<string> $supplied
     */
    public function compile(string $name, array $supplied): CompiledRoute
    {
        $template = $this->routes->template($name);
        preg_match_all('#\{(\w+)(\?)?\}#', $template, $vars, PREG_SET_ORDER | PREG_OFFSET_CAPTURE);

        $tokens = [];
        $variables = [];
        $offset = 0;
        foreach ($vars as $var) {
            [$whole, $at] = $var[0];
            $variable = $var[1][0];
            $optional = isset($var[2]) && $var[2][0] === '?';
            $text = substr($template, $offset, $at - $offset);
            $offset = $at + strlen($whole);
            if ($optional && !in_array($variable, $supplied, true)) {
                continue;
            }
            $separator = '';
            if ($text !== '' && str_ends_with($text, '/')) {
                $separator = '/';
                $text = substr($text, 0, -1);
            }
            if ($text !== '') {
                $tokens[] = ['text', $text];
            }
            $tokens[] = ['variable', $variable, $separator];
            $variables[] = $variable;
        }
        if ($offset < strlen($template)) {
            $tokens[] = ['text', substr($template, $offset)];
        }

        return new CompiledRoute(
            $name,
            $template,
            $tokens[0][0] === 'text' ? $tokens[0][1] : '',
            $tokens,
            $variables,
            array_values(array_diff($supplied, $variables)),
        );
    }
}
