<?php
// A widget builds its renderer in a private helper, a closure over
// $this, and hands it to its own setter: the widget keeps the closure,
// the closure the widget.

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
        return function (array $vars): string { // leak
            return strtr($this->template, $vars);
        };
    }

    public function setRenderer(Closure $render): void
    {
        $this->render = $render; // leak
    }

    public function init(): void
    {
        $this->setRenderer($this->renderer()); // leak
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
