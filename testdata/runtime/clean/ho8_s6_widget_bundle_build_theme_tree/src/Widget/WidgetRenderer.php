<?php
namespace App\Widget;

final class WidgetRenderer
{
    private string $theme = 'light';
    /** @var list<Widget> */
    private array $widgets = [];

    public function setTheme(string $theme): void
    {
        $this->theme = $theme;
    }

    public function addWidget(Widget $widget): void
    {
        $this->widgets[] = $widget;
    }

    public function renderAll(array $filters): string
    {
        $html = '';
        foreach ($this->widgets as $widget) {
            $name = $widget->name();
            $data = $widget->data($filters);
            $view = new WidgetView($name, $this->theme, $data);
            $view->onPostRender(fn (string $html) => $html . "<script>hydrate('{$name}', " . json_encode($data) . ')</script>');
            $html .= $view->render();
        }
        return $html;
    }
}
