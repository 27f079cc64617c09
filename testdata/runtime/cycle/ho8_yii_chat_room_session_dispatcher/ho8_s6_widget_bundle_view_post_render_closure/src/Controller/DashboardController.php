<?php
namespace App\Controller;

use App\Widget\WidgetRenderer;
use Symfony\Component\HttpFoundation\{Request, Response};
use Symfony\Component\Routing\Attribute\Route;

final class DashboardController
{
    public function __construct(private WidgetRenderer $renderer) {}

    #[Route('/dashboard', name: 'dashboard')]
    public function index(Request $request): Response
    {
        return new Response('<main>' . $this->renderer->renderAll($request->query->all()) . '</main>');
    }
}
