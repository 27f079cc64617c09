<?php

final class PostRepository
{
    public function findWithAuthor(int $id): Post
    {
        $post = new Post(['id' => $id, 'title' => "Post {$id}", 'body' => str_repeat('Eloquent relations are handy. ', 15)]);
        $author = new User(['id' => $id % 7, 'name' => 'Author ' . ($id % 7)]);
        $post->setRelation('author', $author);
        $author->setRelation('posts', [$post]); // leak
        return $post;
    }
}
