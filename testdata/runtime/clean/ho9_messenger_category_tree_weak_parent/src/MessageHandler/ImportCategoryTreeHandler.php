<?php
namespace App\MessageHandler;

use App\Catalog\Category;
use App\Message\ImportCategoryTree;
use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class ImportCategoryTreeHandler
{
    public int $imported = 0;

    public function __invoke(ImportCategoryTree $message): void
    {
        $root = new Category($message->shop, 'Root catalog of ' . $message->shop);
        foreach ($message->paths as $name) {
            $child = new Category($name, str_repeat("All {$name} products of {$message->shop}. ", 6));
            $root->addChild($child);
            $this->imported += strlen($child->path()) > 0 ? 1 : 0;
        }
    }
}
