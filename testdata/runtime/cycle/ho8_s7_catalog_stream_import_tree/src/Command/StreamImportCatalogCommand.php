<?php

namespace App\Command;

use App\Catalog\Category;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'app:catalog:stream-import', description: 'Streams the supplier category feed and validates every tree')]
final class StreamImportCatalogCommand extends Command
{
    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $maxLines = (int) $input->getOption('max-lines');
        for ($line = 0; $line < $maxLines; $line++) {
            $row = json_decode($this->readLine($line), true);
            $root = new Category($row['slug'], $row['description']);
            foreach ($row['children'] as $child) {
                $root->addChild(new Category($child, "{$row['description']} / {$child}"));
            }
            foreach ($root->children as $child) {
                $output->writeln($child->path());
            }
        }

        return Command::SUCCESS;
    }

    private function readLine(int $line): string
    {
        return json_encode([
            'slug' => "dept-{$line}",
            'description' => str_repeat("Department {$line} ", 10),
            'children' => ['shoes', 'bags', 'hats'],
        ]);
    }
}
