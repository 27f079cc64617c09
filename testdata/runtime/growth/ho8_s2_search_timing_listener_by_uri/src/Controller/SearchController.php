<?php
namespace App\Controller;

use Symfony\Component\HttpFoundation\{Request, Response};
use Symfony\Component\Routing\Attribute\Route;

final class SearchController
{
    #[Route('/search', name: 'product_search')]
    public function search(Request $request): Response
    {
        $term = htmlspecialchars((string) $request->query->get('q'));
        $page = (int) $request->query->get('page', 1);
        $html = "<h1>Results for {$term}</h1><ol start=\"" . (($page - 1) * 20 + 1) . '">';
        for ($rank = 1; $rank <= 20; $rank++) {
            $html .= "<li><a href=\"/p/{$page}-{$rank}\">{$term} #{$rank}</a></li>";
        }
        return new Response($html . '</ol>');
    }
}
