<?php

namespace App\Command;

use App\Entity\SearchDocument;
use Doctrine\ORM\EntityManager;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\OutputInterface;

#[AsCommand(name: 'app:search:reindex', description: 'Rebuilds search documents; with --watch follows the product change feed')]
final class ReindexSearchCommand extends Command
{
    public function __construct(private EntityManager $em) {}

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $maxChanges = $input->getOption('watch') ? (int) $input->getOption('max-changes') : 1;
        for ($change = 1; $change <= $maxChanges; $change++) {
            $productId = 700000 + $change;
            $document = $this->em->find(SearchDocument::class, $productId) // leak
                ?? new SearchDocument($productId, "Product {$productId}", str_repeat("updated description for {$productId} ", 12));
            $document->reindex();
            $this->em->persist($document);
            $this->em->flush();
            $output->writeln("reindexed product {$productId}");
        }

        return Command::SUCCESS;
    }
}
