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
            $view = new WidgetView($widget->name(), $this->theme, $widget->data($filters));
            $view->onPostRender(fn (string $html) => $html . "<script>hydrate('{$view->widget}', " . json_encode($view->data) . ')</script>'); // leak
            $html .= $view->render();
        }
        return $html;
    }
}
