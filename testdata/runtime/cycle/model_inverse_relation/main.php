<?php
// Eloquent-style eager loading sets the inverse relation: the post holds its author, the author holds [the post].

require_once __DIR__ . '/Model.php';
require_once __DIR__ . '/Post.php';
require_once __DIR__ . '/User.php';
require_once __DIR__ . '/PostRepository.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$posts = new PostRepository();
for ($i = 0; $i < $n; $i++) {
    $post = $posts->findWithAuthor($i);
    $post->getRelation('author')->name;
}
unset($post);
