<?php
// A CMS theme builds the navigation menu tree (sections with child pages) for every page view and renders it as breadcrumb and nested list HTML.

/**
 * One node of the site navigation.
 */
class Nav_Menu_Item
{
    /** @var string */
    public $title;

    /** @var string */
    public $url;

    /** @var string */
    public $css_class = '';

    /** @var Nav_Menu_Item[] */
    public $children = array();

    /** @var bool */
    public $current = false;

    /**
     * @param string $title
     * @param string $url
     */
    public function __construct($title, $url)
    {
        $this->title = $title;
        $this->url = $url;
    }

    /**
     * @param Nav_Menu_Item $child
     * @return Nav_Menu_Item
     */
    public function add_child(Nav_Menu_Item $child)
    {
        $this->children[] = $child;
        return $child;
    }

    /**
     * Path from this node down to $target, both included; empty when $target is not below this node.
     *
     * @param Nav_Menu_Item $target
     * @return Nav_Menu_Item[]
     */
    public function path_to(Nav_Menu_Item $target)
    {
        if ($this === $target) {
            return array($this);
        }
        foreach ($this->children as $child) {
            $path = $child->path_to($target);
            if ($path) {
                array_unshift($path, $this);
                return $path;
            }
        }
        return array();
    }
}

/**
 * @param string $path
 * @return Nav_Menu_Item
 */
function theme_build_menu($path)
{
    $root = new Nav_Menu_Item('Home', '/');
    $docs = $root->add_child(new Nav_Menu_Item('Documentation', '/docs/'));
    $docs->css_class = 'menu-item-has-children';
    $page = $docs->add_child(new Nav_Menu_Item('Getting started with ' . basename($path), $path));
    $page->css_class = 'menu-item menu-item-type-post_type menu-item-object-page ' . str_repeat('x', 200);
    if ($page->url === $path) {
        $page->current = true;
    }
    return $root;
}

/**
 * @param Nav_Menu_Item $item
 * @return Nav_Menu_Item|null
 */
function theme_find_current(Nav_Menu_Item $item)
{
    if ($item->current) {
        return $item;
    }
    foreach ($item->children as $child) {
        $found = theme_find_current($child);
        if ($found !== null) {
            return $found;
        }
    }
    return null;
}

/**
 * @param Nav_Menu_Item $item
 * @param int $depth
 * @return string
 */
function theme_render_menu(Nav_Menu_Item $item, $depth = 0)
{
    $html = str_repeat('  ', $depth) . '<li class="' . htmlspecialchars($item->css_class) . '"><a href="' . htmlspecialchars($item->url) . '">' . htmlspecialchars($item->title) . '</a>';
    if ($item->children) {
        $html .= "<ul>\n";
        foreach ($item->children as $child) {
            $html .= theme_render_menu($child, $depth + 1);
        }
        $html .= "</ul>";
    }
    return $html . "</li>\n";
}

/**
 * @param Nav_Menu_Item $root
 * @param Nav_Menu_Item $current
 * @return string
 */
function theme_breadcrumbs(Nav_Menu_Item $root, Nav_Menu_Item $current)
{
    $parts = array();
    $path = $root->path_to($current);
    array_pop($path);
    foreach ($path as $node) {
        $parts[] = '<a href="' . $node->url . '">' . $node->title . '</a>';
    }
    $parts[] = '<span>' . $current->title . '</span>';
    return implode(' &raquo; ', $parts);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$pages_served = 0;
for ($i = 0; $i < $n; $i++) {
    $path = '/docs/page-' . $i . '/';
    $menu = theme_build_menu($path);
    $html = '<ul class="menu">' . theme_render_menu($menu) . '</ul>';
    $current = theme_find_current($menu);
    if ($current !== null) {
        $html .= '<nav class="breadcrumbs">' . theme_breadcrumbs($menu, $current) . '</nav>';
    }
    $pages_served++;
}
