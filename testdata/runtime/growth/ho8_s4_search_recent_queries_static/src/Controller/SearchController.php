<?php
namespace App\Controller;

use App\Search\{ProductIndex, RecentQuery};
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\{Request, Response};
use Symfony\Component\Routing\Attribute\Route;

final class SearchController extends AbstractController
{
    /** @var list<RecentQuery> */
    private static array $recentQueries = [];

    public function __construct(private ProductIndex $index) {}

    #[Route('/search', name: 'product_search')]
    public function search(Request $request): Response
    {
        $term = trim((string) $request->query->get('q'));
        $filters = array_diff_key($request->query->all(), ['q' => true]);
        $results = $this->index->search($term, $filters);

        self::$recentQueries[] = new RecentQuery($term, $filters, (string) $request->headers->get('x-user-id'), \count($results), new \DateTimeImmutable()); // leak

        return $this->render('search/results.html.twig', [
            'term' => $term,
            'results' => $results,
            'suggestions' => array_map(fn (RecentQuery $q) => $q->term, \array_slice(self::$recentQueries, -5)),
        ]);
    }
}
