<?php
// Templates get a helper closure created in a static factory and then bound to the template.

final class Template
{
    private ?Closure $escape = null;

    public function __construct(private string $source, private string $charset) {}

    public static function helpers(): array
    {
        return [
            'escape' => function (string $s): string {
                return htmlspecialchars($s, ENT_QUOTES, $this->charset);
            },
        ];
    }

    public function install(): void
    {
        $this->escape = Closure::bind(self::helpers()['escape'], $this, self::class); // leak
    }

    public function render(array $vars): string
    {
        return strtr($this->source, array_map($this->escape, $vars));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $tpl = new Template('<h1>{title}</h1><p>{body}</p>' . str_repeat('<!-- pad -->', 30), 'UTF-8');
    $tpl->install();
    $tpl->render(['{title}' => "Post #{$i}", '{body}' => 'A & B']);
}
unset($tpl);
