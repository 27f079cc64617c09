<?php
// A batch importer clears the entity manager after every flush; the entities are bidirectional.

final class EntityManager
{
    /** @var array<int, object> */
    private array $managed = [];
    private int $flushes = 0;

    public function persist(object $entity): void
    {
        $this->managed[spl_object_id($entity)] = $entity;
    }

    public function flush(): void
    {
        $this->flushes++;
    }

    public function clear(): void
    {
        $this->managed = [];
    }
}

final class Post
{
    /** @var Tag[] */
    private array $tags = [];

    public function __construct(public string $title, public string $content) {}

    public function addTag(Tag $tag): void
    {
        $this->tags[] = $tag;
        $tag->addPost($this);
    }
}

final class Tag
{
    /** @var Post[] */
    private array $posts = [];

    public function __construct(public string $name) {}

    public function addPost(Post $post): void
    {
        if (!in_array($post, $this->posts, true)) {
            $this->posts[] = $post; // leak
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$em = new EntityManager();
for ($i = 0; $i < $n; $i++) {
    $post = new Post("Post {$i}", str_repeat('Some interesting content. ', 20));
    $tag = new Tag('php');
    $post->addTag($tag);
    $em->persist($post);
    $em->persist($tag);
    $em->flush();
    $em->clear();
}
unset($post, $tag);
