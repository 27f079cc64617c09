<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class ProductSearchController extends AbstractController
{
    #[Route('/products/search', name: 'product_search', methods: ['GET'])]
    public function search(Request $request): JsonResponse
    {
        $terms = array_filter(explode(' ', (string) $request->query->get('q', '')));

        return $this->json(['terms' => \count($terms), 'page' => $request->query->getInt('page', 1), 'results' => []]);
    }
}
