<?php
namespace App\Controller;

use App\Experiment\ExperimentContext;
use Symfony\Component\HttpFoundation\{Request, Response};
use Symfony\Component\Routing\Attribute\Route;

final class CatalogController
{
    public function __construct(private ExperimentContext $experiments) {}

    #[Route('/catalog', name: 'catalog')]
    public function list(Request $request): Response
    {
        $density = $this->experiments->variant('grid_density');
        return new Response("<div class=\"grid grid-{$density}\" data-category=\"{$request->query->get('category')}\"></div>");
    }
}
