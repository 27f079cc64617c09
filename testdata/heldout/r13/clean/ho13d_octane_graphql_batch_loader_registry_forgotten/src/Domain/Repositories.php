<?php

declare(strict_types=1);

namespace App\Domain;

final class User
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $email,
        public readonly string $bio,
    ) {
    }
}

final class Post
{
    public function __construct(
        public readonly int $id,
        public readonly int $authorId,
        public readonly string $title,
    ) {
    }
}

final class UserRepository
{
    /**
     * @param list<int> $ids
     * @return array<int, User>
     */
    public function findMany(array $ids): array
    {
        $users = [];
        foreach ($ids as $id) {
            $users[$id] = new User(
                $id,
                "Author #{$id}",
                "author{$id}@example.test",
                str_repeat("Writes about queues, workers and memory #{$id}. ", 6),
            );
        }

        return $users;
    }
}

final class PostRepository
{
    /** @return list<Post> */
    public function page(int $page, int $perPage = 3): array
    {
        $posts = [];
        for ($i = 0; $i < $perPage; $i++) {
            $id = $page * $perPage + $i;
            $posts[] = new Post($id, 10_000 + $id, "Post {$id}");
        }

        return $posts;
    }
}
