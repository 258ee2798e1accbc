"""Who edits which committee's site.

Each site has groups of its own, made with the site (create_committee) or for an existing one
(`manage.py ensure_editor_groups`, the demo): "<site>: editors" may add, change and publish
every page of the site's homes and add, change and choose images and documents in the site's
collection "<site>", and change the site's identity (its settings, not another site's);
features add their rights to it (SITE_EDITOR_PERMISSIONS) and groups of their own
(SITE_GROUPS).

A user works on the sites in whose trees a group of theirs has page permissions. The admin
shows such a user only those sites' pages in the page chooser, and only their objects in
snippets and reports (SitePermissionPolicy, SiteScopedViewSetMixin, SiteScopedForm); Wagtail
itself limits the explorer and search by page permissions, images and documents by collection.
Superusers, groups with rights on the tree's root, and install-wide roles that have no page
permissions at all (a group that may only publish banners, or only read questions) work on
every site."""

import functools
from collections import defaultdict

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.views.generic.chooser import CreateView
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    GroupSitePermission,
    Page,
    Site,
)
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.chooser import SnippetChooserViewSet

from .features import SITE_EDITOR_PERMISSIONS, SITE_GROUPS, CommitteeStep, offered
from .sites import below

PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
MEDIA_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}


# The groups of a site

def site_label(site):
    """The site's name, else its address: the name of its collection and its groups' prefix."""
    return site.site_name or (site.hostname if site.port == 80 else f"{site.hostname}:{site.port}")


def group_name(site, role):
    return f"{site_label(site)}: {role}"


def homes_of(site):
    return site.root_page.get_translations(inclusive=True)


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def site_collection(site):
    """(collection, created): the site's collection of images and documents, under the root."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=site_label(site)).first()
    return (found, False) if found else (root.add_child(name=site_label(site)), True)


def media_collection(page):
    """The collection of the site `page` stands in, where media brought in for it (imported
    news pictures) go; the root collection for a page of no site."""
    site = page.get_site()
    return site_collection(site)[0] if site else Collection.get_first_root_node()


def ensure_group(name, pages, collection, permissions=(), site=None):
    """(group, created): the group with access to the admin, `permissions`
    ("app_label.codename"), page rights on `pages` and media rights in `collection`. A right
    to change a site setting (the identity) is given for `site` only, when there is one: a
    committee's editors change their site's settings, not every site's. Only adds what is
    missing: rights given by hand stay."""
    group, created = Group.objects.get_or_create(name=name)
    rights = [permission(*dotted.split(".", 1)) for dotted in permissions]
    of_site = [right for right in rights if site is not None
               and issubclass(right.content_type.model_class(), BaseSiteSetting)]
    group.permissions.add(permission("wagtailadmin", "access_admin"),
                          *(right for right in rights if right not in of_site))
    for right in of_site:
        GroupSitePermission.objects.get_or_create(group=group, site=site, permission=right)
    page_rights = [permission("wagtailcore", codename) for codename in PAGE_PERMISSIONS]
    for page in pages:
        for right in page_rights:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=right)
    for app_label, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission(app_label, codename))
    return group, created


def group_step(group, created):
    return CommitteeStep(f"group “{group.name}”", int(created))


def ensure_site_groups(site):
    """The site's collection and groups, made or completed; a CommitteeStep for each."""
    collection, made = site_collection(site)
    editors = ensure_group(group_name(site, "editors"), homes_of(site), collection,
                           ["core.change_districtidentity", *offered(SITE_EDITOR_PERMISSIONS)],
                           site)
    return [CommitteeStep(f"collection “{collection.name}”", int(made)), group_step(*editors),
            *offered(SITE_GROUPS, site, collection)]


# The sites a user works on

def editable_site_ids(user):
    """Ids of the sites `user` works on, or None for every site (see the module's note)."""
    return users_sites(user)[0]


def editable_home_paths(user):
    """Tree paths of the homes (every language) of the user's sites, or None for every page."""
    return users_sites(user)[1]


def users_sites(user):
    """(site ids, home paths), both None for every site; remembered on the user object."""
    if not user.is_active:
        return set(), []
    if user.is_superuser:
        return None, None
    if not hasattr(user, "_ispolkom_sites"):  # once per request: the user is loaded anew
        rights = set(GroupPagePermission.objects.filter(group__user=user)
                     .values_list("page__path", flat=True))
        if not rights or any(len(path) == Page.steplen for path in rights):  # none, or root
            user._ispolkom_sites = None, None
        else:
            homes = [(site_id, path) for site_id, path in home_paths()
                     if any(path.startswith(right) or right.startswith(path) for right in rights)]
            user._ispolkom_sites = {site_id for site_id, _path in homes}, [
                path for _site_id, path in homes]
    return user._ispolkom_sites


def home_paths():
    """(site id, tree path) of every site's home in each language."""
    sites = defaultdict(list)
    for site_id, key in Site.objects.values_list("pk", "root_page__translation_key"):
        sites[key].append(site_id)
    homes = Page.objects.filter(translation_key__in=sites).values_list("translation_key", "path")
    return [(site_id, path) for key, path in homes for site_id in sites[key]]


def sites_of(path, homes=None):
    """Ids of the sites in whose trees the page at tree path `path` stands."""
    return {site_id for site_id, home in homes or home_paths() if path.startswith(home)}


def editable_sites(user):
    ids = editable_site_ids(user)
    return Site.objects.all() if ids is None else Site.objects.filter(pk__in=ids)


def of_users_sites(queryset, user, site_field="site"):
    """`queryset` narrowed to the objects of the sites `user` works on; `site_field` is a
    foreign key to a Site or to a page, whose site is the tree it stands in."""
    ids = editable_site_ids(user)
    if ids is None:
        return queryset
    if issubclass(queryset.model._meta.get_field(site_field).related_model, Site):
        return queryset.filter(**{f"{site_field}__in": ids})
    return queryset.filter(below(editable_home_paths(user), f"{site_field}__path"))


def pages_of_users_sites(pages, user):
    """The page chooser's pages: those of the user's sites, and the root to browse from."""
    paths = editable_home_paths(user)
    return pages if paths is None else pages.filter(below(paths) | Q(depth=1))


# The admin of a model whose objects belong to a site

class SitePermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, on the objects of the user's sites only (bulk actions and
    Wagtail's checks of one object ask this)."""

    def __init__(self, model, site_field="site"):
        super().__init__(model)
        self.site_field = site_field

    def of_users_sites(self, queryset, user):
        return of_users_sites(queryset, user, self.site_field)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.of_users_sites(
            self.model._default_manager.filter(pk=instance.pk), user).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        return self.of_users_sites(super().instances_user_has_any_permission_for(user, actions),
                                   user)


class SiteChooserViewMixin:
    def of_users_sites(self, queryset):
        return of_users_sites(queryset, self.request.user,
                              self.model_class.snippet_viewset.site_field)

    def get_object_list(self):
        return self.of_users_sites(super().get_object_list())

    def get_object(self, pk):
        return self.of_users_sites(self.model_class.objects.all()).get(pk=pk)

    def get_objects(self, pks):
        return self.of_users_sites(super().get_objects(pks))


class SiteScopedChooserViewSet(SnippetChooserViewSet):
    def construct_view(self, view_class, **kwargs):
        if not issubclass(view_class, CreateView):
            view_class = type(view_class.__name__, (SiteChooserViewMixin, view_class), {})
        return super().construct_view(view_class, **kwargs)


class SiteScopedViewSetMixin:
    """For the SnippetViewSet of a model whose objects belong to a site (`site_field`): the
    model gets a SitePermissionPolicy, the list and the chooser show only the objects of the
    user's sites, the form offers only their sites and pages, and every view of one object
    (edit, delete, history, usage, revisions, inspect, copy, lock…) answers 404 for another
    site's, as Wagtail's views of one object look it up without asking the policy."""

    chooser_viewset_class = SiteScopedChooserViewSet
    site_field = "site"  # a foreign key to the Site, or to a page of the site

    def __init__(self, *args, **kwargs):
        register_permission_policy(self.model, SitePermissionPolicy(self.model, self.site_field))
        super().__init__(*args, **kwargs)

    def get_edit_handler(self):
        panels = getattr(self, "panels", self.model.panels)
        return ObjectList(panels, base_form_class=SiteScopedForm).bind_to_model(self.model)

    def get_queryset(self, request):
        return self.permission_policy.of_users_sites(self.model._default_manager.all(),
                                                     request.user)

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)

        @functools.wraps(view)
        def only_users_sites(request, *args, **kwargs):
            pk = kwargs.get("pk")
            if pk is not None and not self.get_queryset(request).filter(pk=pk).exists():
                raise Http404
            return view(request, *args, **kwargs)

        return only_users_sites


def own_media_only(form):
    """The form's image and document fields take only what its user may choose, and the
    value they have. Wagtail's choosers list only those, but its fields took the id of any
    picture posted: another committee's coat of arms, say."""
    from wagtail.documents import get_document_model
    from wagtail.documents.permissions import permission_policy as documents
    from wagtail.images import get_image_model
    from wagtail.images.permissions import permission_policy as images

    user = getattr(form, "for_user", None)
    if user is None or user.is_superuser:
        return
    policies = {get_image_model(): images, get_document_model(): documents}
    for name, field in form.fields.items():
        policy = policies.get(getattr(getattr(field, "queryset", None), "model", None))
        if policy is not None:
            current = getattr(form.instance, f"{name}_id", None)
            field.queryset = field.queryset.filter(Q(pk=current) | Q(
                pk__in=policy.instances_user_has_permission_for(user, "choose")))


class SiteScopedForm(WagtailAdminModelForm):
    """An admin form whose sites, pages, images and documents to choose are those of the sites
    the user works on."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        own_media_only(self)
        if self.for_user is None:
            return
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and issubclass(queryset.model, Site):
                field.queryset = queryset & editable_sites(self.for_user)
                if len(field.queryset) == 1 and not self.instance.pk:
                    field.initial = field.queryset[0].pk
            elif queryset is not None and issubclass(queryset.model, Page):
                paths = editable_home_paths(self.for_user)
                if paths is not None:
                    field.queryset = queryset.filter(below(paths))


ANOTHER_SITES_PAGE = _("Choose a page of this committee's site: this one is another "
                       "committee's.")


class OneSitePageForm(WagtailAdminPageForm):
    """A page form whose chosen pages (the fields the model and its inline rows name in
    `same_site_pages`) must stand in the site of the page edited: a district's act is not
    amended by another district's act, another committee's official holds no reception here.
    For every user, superusers too: it is the data's rule, not a right."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        own_media_only(self)

    def is_valid(self):
        valid = super().is_valid()
        return self.chosen_pages_of_this_site() and valid

    def chosen_pages_of_this_site(self):
        forms = [self, *(form for formset in self.formsets.values() for form in formset.forms)]
        chosen = [(form, name, form.cleaned_data[name]) for form in forms
                  if hasattr(form, "cleaned_data") and not form.cleaned_data.get("DELETE")
                  for name in getattr(form._meta.model, "same_site_pages", ())
                  if form.cleaned_data.get(name) is not None]
        path = self.instance.path or getattr(self.parent_page, "path", "")
        if not chosen or not path:
            return True
        homes = home_paths()
        here = sites_of(path, homes)
        strangers = [(form, name) for form, name, page in chosen
                     if sites_of(page.path, homes) != here]
        for form, name in strangers:
            form.add_error(name, ANOTHER_SITES_PAGE)
        return not strangers
