<?php
namespace App\Handler;

use App\Message\CatalogChanged;
use App\Serializer\MetadataFactory;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler(fromTransport: 'catalog')]
final class CatalogChangedHandler
{
    public int $indexed = 0;

    public function __construct(private MetadataFactory $metadata) {}

    public function __invoke(CatalogChanged $message): void
    {
        $meta = $this->metadata->getMetadataFor($message->entity);
        $document = [];
        foreach ($meta->attributes as $name => $type) {
            $document[$name] = $message->entity->{$name};
        }
        $this->indexed += count($document);
    }
}
