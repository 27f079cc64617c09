<?php
// The same widget, with a static renderer that takes the template as an
// argument: the closure does not hold the widget.

final class Widget
{
    private ?Closure $render = null;
    public string $template;

    public function __construct(string $template)
    {
        $this->template = $template;
    }

    private function renderer(): Closure
    {
        return static function (string $template, array $vars): string {
            return strtr($template, $vars);
        };
    }

    public function setRenderer(Closure $render): void
    {
        $this->render = $render;
    }

    public function init(): void
    {
        $this->setRenderer($this->renderer());
    }
}

function handle(int $i): void
{
    $w = new Widget(str_repeat('<p>{name}</p>', 50) . $i);
    $w->init();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
