<?php
// Compiled templates are cached per template and locale, but the key also contains the user id.

enum Locale: string
{
    case En = 'en';
    case Fr = 'fr';
    case De = 'de';
}

final class TemplateEngine
{
    private static array $compiled = [];

    public function render(string $template, Locale $locale, int $userId, array $vars): string
    {
        $key = $template . '|' . $locale->value . '|' . $userId;
        $compiled = self::$compiled[$key] ??= $this->compile($template, $locale); // leak
        return strtr($compiled, $vars);
    }

    private function compile(string $template, Locale $locale): string
    {
        return "[{$locale->value}] " . str_repeat("<div>{{name}} {$template}</div>", 30);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$engine = new TemplateEngine();
$locales = Locale::cases();
for ($i = 0; $i < $n; $i++) {
    $engine->render('dashboard', $locales[$i % 3], $i, ['{{name}}' => "user {$i}"]);
}
