<?php
// Tag normalisation walks the list by reference and returns it; the reference is not unset.

function normalizeTags(array $tags): array
{
    foreach ($tags as &$tag) {
        $tag = strtolower(trim($tag));
        $tag = preg_replace('/[^a-z0-9]+/', '-', $tag);
    }
    return array_values(array_unique($tags));
}

final class ArticleForm
{
    public function submit(array $input): array
    {
        return ['title' => $input['title'], 'tags' => normalizeTags($input['tags'])];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$form = new ArticleForm();
for ($i = 0; $i < $n; $i++) {
    $form->submit(['title' => "Post {$i}", 'tags' => [' PHP ', 'Long Running', "Tag {$i}", str_repeat('x', 100)]]);
}
