<?php

declare(strict_types=1);

namespace App\GraphQL;

use App\Domain\PostRepository;
use App\Domain\UserRepository;
use App\Octane\JsonResponse;
use App\Octane\Request;

final class GraphQLController
{
    public function __construct(
        private readonly PostRepository $posts,
        private readonly UserRepository $users,
    ) {
    }

    public function __invoke(Request $request): JsonResponse
    {
        try {
            return new JsonResponse(['data' => $this->execute((int) ($request->json['variables']['page'] ?? 0))]);
        } finally {
            // Loaders batch within one operation only; never carry them into the next request.
            BatchLoaderRegistry::forgetInstances();
        }
    }

    /** Resolves `{ posts(page: $page) { id title author { name email } } }`. */
    private function execute(int $page): array
    {
        $pending = [];
        foreach ($this->posts->page($page) as $index => $post) {
            $loader = $this->authorLoader(['posts', $index, 'author']);
            $pending[] = [$post, $loader->load($post->authorId), $loader];
        }

        $rows = [];
        foreach ($pending as [$post, $deferred, $loader]) {
            $loader->dispatch();
            $author = $deferred->wait();
            $rows[] = ['id' => $post->id, 'title' => $post->title, 'author' => ['name' => $author?->name, 'email' => $author?->email]];
        }

        return ['posts' => $rows];
    }

    /** @param list<string|int> $path */
    private function authorLoader(array $path): UserBatchLoader
    {
        return BatchLoaderRegistry::instance($path, fn (): UserBatchLoader => new UserBatchLoader($this->users));
    }
}
