/*
 * The writing desk page (docs/tools/writing-desk.md): pick a framework and
 * post, tick example statements (their paired cause and measure come with
 * them), edit the assembled draft, self-check it, download .docx and .txt.
 * Everything runs in the browser; nothing is sent anywhere. Reader text is
 * only ever written with textContent.
 *
 * Scripts the build names on #writing-desk load on demand: each post's
 * statements (data-statements, a folder), the self-check (data-check-scripts:
 * the same engine and ruleset as 材料自查) and the Word file's skeleton and
 * zip library (data-word-scripts).
 *
 * Stable DOM ids (the browser tests rely on them):
 *   #writing-desk         data-ready="1" once the page is set up
 *   #desk-framework #desk-post #desk-name #desk-date #desk-others
 *   #desk-sections        one fieldset per section; a statement's checkbox is
 *                         #desk-pick-ID, its pair #desk-pair-ID-cause / -measure
 *   #desk-own-SECTION     the reader's own paragraphs for a section
 *   #desk-draft #desk-counts #desk-next #desk-rebuild
 *   #desk-check #desk-check-summary #desk-check-results (li with data-line,
 *                         data-column, data-length, data-rule)
 *   #desk-docx #desk-txt #desk-save #desk-clear #desk-status
 */
(function () {
  "use strict";

  var Draft = window.WritingDeskDraft;
  var Editor = window.WritingDeskEditor;
  var PAIR_EXCERPT = 36;
  var PAIR_NAMES = { cause: "原因剖析", measure: "整改措施" };

  var data;
  var state;
  var dirty = false;

  function byId(id) {
    return document.getElementById(id);
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function setStatus(text, kind) {
    var status = byId("desk-status");
    status.textContent = text;
    status.className = "zz-desk__status" + (kind ? " zz-desk__status--" + kind : "");
  }

  function today() {
    var now = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
  }

  function freshState() {
    var current = data.frameworks.filter(function (f) { return f.current; })[0] || data.frameworks[0];
    return { framework: current.id, post: data.posts[0].id, others: false, name: "", date: today(),
             picked: {}, own: {}, draft: "", edited: false };
  }

  function framework() {
    return data.frameworks.filter(function (f) { return f.id === state.framework; })[0] || data.frameworks[0];
  }

  function excerpt(text) {
    var chars = Array.from(text);
    return chars.length > PAIR_EXCERPT ? chars.slice(0, PAIR_EXCERPT).join("") + "…" : text;
  }

  function postLabel(id) {
    var post = data.posts.filter(function (p) { return p.id === id; })[0];
    return post ? post.label : id;
  }

  // ------------------------------------------------------------ loading

  // Scripts by relative path, run in order; then() once all have loaded or
  // failed (a failure is reported, and the page goes on without it).
  function loadScripts(paths, then, what) {
    var left = paths.length;
    var failed = false;
    function done() {
      left -= 1;
      if (!left) {
        then();
        if (failed) {
          setStatus(what + "没有加载完整，请刷新页面；仍不行请联系网站维护人员。", "error");
        }
      }
    }
    if (!left) {
      then();
      return;
    }
    paths.forEach(function (path) {
      var script = document.createElement("script");
      script.src = path;
      script.async = false;
      script.onload = done;
      script.onerror = function () {
        failed = true;
        done();
      };
      document.body.appendChild(script);
    });
  }

  function postOf(id) {
    var parts = id.split("-");
    return parts[parts.length - 2];
  }

  // Each post's statements come in a script of their own (data-statements
  // names the folder); data.statements keeps the posts' order.
  function withPosts(posts, then) {
    var loaded = window.WRITING_DESK_STATEMENTS || {};
    var missing = posts.filter(function (post, i) { return !loaded[post] && posts.indexOf(post) === i; });
    var folder = byId("writing-desk").getAttribute("data-statements");
    loadScripts(missing.map(function (post) { return folder + post + ".js"; }), function () {
      var all = window.WRITING_DESK_STATEMENTS || {};
      data.statements = {};
      data.posts.forEach(function (post) {
        var items = all[post.id] || {};
        Object.keys(items).forEach(function (id) { data.statements[id] = items[id]; });
      });
      then();
    }, "示例措辞");
  }

  // Her post and the posts of what she picked (all posts with "others").
  function neededPosts() {
    var known = data.posts.map(function (p) { return p.id; });
    if (state.others) {
      return known;
    }
    return [state.post].concat(Object.keys(state.picked).map(postOf)).filter(function (post) {
      return known.indexOf(post) !== -1;
    });
  }

  // ------------------------------------------------------------ picking

  // Ticking a problem proposes its cause and measure; unticking it drops
  // those that no other picked problem names.
  function pick(id, on) {
    var item = data.statements[id];
    if (on) {
      state.picked[id] = true;
      ["cause", "measure"].forEach(function (key) {
        if (item[key]) {
          state.picked[item[key]] = true;
        }
      });
      return;
    }
    delete state.picked[id];
    ["cause", "measure"].forEach(function (key) {
      var target = item[key];
      var named = target && Object.keys(state.picked).some(function (other) {
        return data.statements[other] && data.statements[other][key] === target;
      });
      if (target && !named) {
        delete state.picked[target];
      }
    });
  }

  function checkbox(id, checked, labelText, className) {
    var row = element("div", className);
    var box = element("input");
    box.type = "checkbox";
    box.id = id;
    box.checked = !!checked;
    var label = element("label", "", labelText);
    label.htmlFor = id;
    row.appendChild(box);
    row.appendChild(label);
    return row;
  }

  function renderItem(id) {
    var item = data.statements[id];
    var wrap = element("div", "zz-desk__item");
    wrap.appendChild(checkbox("desk-pick-" + id, state.picked[id], item.text, "zz-desk__choice"));
    var row = wrap.firstChild;
    row.firstChild.setAttribute("data-statement", id);
    if (item.post !== state.post) {
      row.lastChild.appendChild(element("span", "zz-desk__post", "（" + postLabel(item.post) + "的示例）"));
    }
    if (state.picked[id] && (item.cause || item.measure)) {
      var pairs = element("div", "zz-desk__pairs");
      ["cause", "measure"].forEach(function (key) {
        if (!item[key]) {
          return;
        }
        var pair = checkbox("desk-pair-" + id + "-" + key, state.picked[item[key]],
                            "同时放入" + PAIR_NAMES[key] + "：" + excerpt(data.statements[item[key]].text),
                            "zz-desk__choice zz-desk__choice--pair");
        pair.firstChild.setAttribute("data-statement", item[key]);
        pairs.appendChild(pair);
      });
      wrap.appendChild(pairs);
    }
    return wrap;
  }

  function renderSections() {
    var focused = document.activeElement && document.activeElement.id;
    var holder = byId("desk-sections");
    holder.textContent = "";
    var part = "";
    data.layouts[framework().template].forEach(function (block) {
      if (block.type === "fixed") {
        block.paragraphs.forEach(function (p) {
          if (p.kind === "heading1") {
            part = p.text;
          }
        });
        return;
      }
      var set = element("fieldset", "zz-desk__section");
      set.appendChild(element("legend", "zz-desk__legend", block.heading ? part + " › " + block.heading : part));
      var ids = Draft.sectionStatements(data, block).filter(function (id) {
        return state.others || state.picked[id] || data.statements[id].post === state.post;
      });
      if (!ids.length) {
        set.appendChild(element("p", "zz-desk__empty",
          "所选岗位没有这一项的示例。可以勾选“也显示其他岗位的示例”，或者在下面自己写。"));
      }
      ids.forEach(function (id) { set.appendChild(renderItem(id)); });
      var ownId = "desk-own-" + block.id;
      set.appendChild(element("label", "zz-desk__label", "我自己写的段落（每段一行，可不填）")).htmlFor = ownId;
      var own = element("textarea", "zz-desk__own");
      own.id = ownId;
      own.rows = 3;
      own.setAttribute("data-section", block.id);
      own.value = state.own[block.id] || "";
      set.appendChild(own);
      holder.appendChild(set);
    });
    if (focused && byId(focused)) {
      byId(focused).focus();
    }
  }

  // ------------------------------------------------------------ the draft

  function assemble() {
    state.draft = Draft.assemble(data, framework(), state);
    state.edited = false;
    byId("desk-draft").value = state.draft;
    Editor.refresh();
  }

  // ------------------------------------------------------------ self-check

  // Scripts named by an attribute of #writing-desk, loaded on first use;
  // then() once ready() holds.
  function onDemand(attribute, ready, what, then) {
    if (ready()) {
      then();
      return;
    }
    setStatus("正在加载" + what + "……", "");
    loadScripts(byId("writing-desk").getAttribute(attribute).split(" "), function () {
      if (ready()) {
        setStatus("", "");
        then();
      }
    }, what);
  }

  function selfCheckReady() {
    return !!(window.SelfCheck && window.SELF_CHECK_RULESET && window.SelfCheckPlaces);
  }

  function wordReady() {
    return !!(window.WritingDeskWord && window.fflate && window.WRITING_DESK_SKELETON);
  }

  function check() {
    window.WritingDeskFindings.show(byId("desk-draft").value, byId("desk-check-results"),
                                    byId("desk-check-summary"));
  }

  // ------------------------------------------------------------ downloads

  function fileName(suffix) {
    var name = state.name.trim().replace(/[\\/:*?"<>|]/g, "");
    return "个人对照检查材料" + (name ? "-" + name : "") + suffix;
  }

  function offer(blob, name) {
    var link = element("a");
    link.href = URL.createObjectURL(blob);
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
    dirty = false;
    setStatus("已下载“" + name + "”，在浏览器的下载记录里可以找到。", "");
  }

  function finalText() {
    return Draft.fill(byId("desk-draft").value, state);
  }

  function downloadWord() {
    var paragraphs = Draft.paragraphs(finalText());
    if (!paragraphs.length) {
      setStatus("草稿是空的，没有可下载的内容。", "notice");
      return;
    }
    var bytes = window.WritingDeskWord.build(paragraphs, window.WRITING_DESK_SKELETON);
    offer(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }),
          fileName(".docx"));
  }

  function downloadText() {
    // UTF-8 with a byte-order mark and CRLF, like the template downloads,
    // so old Windows Notepad shows it right.
    var text = Draft.paragraphs(finalText()).map(function (p) { return p.text; }).join("\r\n") + "\r\n";
    offer(new Blob(["\uFEFF" + text], { type: "text/plain;charset=utf-8" }), fileName(".txt"));
  }

  // ------------------------------------------------------------ keeping work

  function changed() {
    if (byId("desk-save").checked) {
      if (window.WritingDeskStorage.save(state)) {
        dirty = false;
        return;
      }
      setStatus("这个浏览器不允许保存，请及时下载。", "notice");
    }
    dirty = true;
  }

  function update() {
    if (!state.edited) {
      assemble();
    }
    byId("desk-rebuild").disabled = !state.edited;
    changed();
  }

  function showState() {
    byId("desk-framework").value = state.framework;
    byId("desk-post").value = state.post;
    byId("desk-others").checked = state.others;
    byId("desk-name").value = state.name;
    byId("desk-date").value = state.date;
    renderSections();
    if (state.edited) {
      byId("desk-draft").value = state.draft;
      Editor.refresh();
    } else {
      assemble();
    }
    byId("desk-rebuild").disabled = !state.edited;
  }

  function fillOptions() {
    var frameworks = byId("desk-framework");
    data.frameworks.forEach(function (f) {
      frameworks.appendChild(element("option", "", f.label)).value = f.id;
    });
    var posts = byId("desk-post");
    data.posts.forEach(function (p) {
      posts.appendChild(element("option", "", p.label)).value = p.id;
    });
  }

  function bind() {
    byId("desk-framework").addEventListener("change", function (event) {
      state.framework = event.target.value;
      renderSections();
      update();
    });
    byId("desk-post").addEventListener("change", function (event) {
      state.post = event.target.value;
      withPosts(neededPosts(), function () {
        renderSections();
        changed();
      });
    });
    byId("desk-others").addEventListener("change", function (event) {
      state.others = event.target.checked;
      withPosts(neededPosts(), function () {
        renderSections();
        changed();
      });
    });
    ["name", "date"].forEach(function (key) {
      byId("desk-" + key).addEventListener("input", function (event) {
        state[key] = event.target.value;
        update();
      });
    });
    var sections = byId("desk-sections");
    sections.addEventListener("change", function (event) {
      var id = event.target.getAttribute("data-statement");
      if (!id) {
        return;
      }
      if (/^desk-pick-/.test(event.target.id)) {
        pick(id, event.target.checked);
      } else if (event.target.checked) {
        state.picked[id] = true;
      } else {
        delete state.picked[id];
      }
      renderSections();
      update();
    });
    sections.addEventListener("input", function (event) {
      var section = event.target.getAttribute("data-section");
      if (section) {
        state.own[section] = event.target.value;
        update();
      }
    });
    byId("desk-draft").addEventListener("input", function (event) {
      state.draft = event.target.value;
      state.edited = true;
      Editor.refresh();
      byId("desk-rebuild").disabled = false;
      changed();
    });
    byId("desk-rebuild").addEventListener("click", function () {
      if (window.confirm("按勾选重新拼成草稿，会替换掉你在草稿框里的修改。确定吗？")) {
        assemble();
        byId("desk-rebuild").disabled = true;
        changed();
      }
    });
    byId("desk-next").addEventListener("click", function () {
      if (!Editor.selectNextPlaceholder()) {
        setStatus("草稿里已经没有方头括号了。", "");
      }
    });
    byId("desk-check").addEventListener("click", function () {
      onDemand("data-check-scripts", selfCheckReady, "自查规则", check);
    });
    byId("desk-check-results").addEventListener("click", function (event) {
      var item = event.target.closest ? event.target.closest(".zz-desk__finding") : null;
      if (item) {
        window.WritingDeskFindings.locate(item);
      }
    });
    byId("desk-docx").addEventListener("click", function () {
      onDemand("data-word-scripts", wordReady, "生成 Word 文件的程序", downloadWord);
    });
    byId("desk-txt").addEventListener("click", downloadText);
    byId("desk-save").addEventListener("change", function (event) {
      if (event.target.checked) {
        changed();
        setStatus(dirty ? "这个浏览器不允许保存，请及时下载。" : "已保存在本机，之后的修改会自动保存。", dirty ? "notice" : "");
      } else {
        window.WritingDeskStorage.clear();
        dirty = true;
        setStatus("已不再保存在本机，这台电脑上保存的草稿已删除。", "");
      }
    });
    byId("desk-clear").addEventListener("click", function () {
      if (!window.confirm("清除后，勾选、自己写的段落和草稿都会清空，这台电脑上保存的草稿也会删除。确定清除吗？")) {
        return;
      }
      window.WritingDeskStorage.clear();
      byId("desk-save").checked = false;
      state = freshState();
      withPosts(neededPosts(), showState);
      byId("desk-check-results").textContent = "";
      byId("desk-check-summary").textContent = "";
      dirty = false;
      setStatus("已清除。", "");
    });
    window.addEventListener("beforeunload", function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  }

  function init() {
    var app = byId("writing-desk");
    if (!app || app.getAttribute("data-ready") === "1") {
      return;
    }
    data = window.WRITING_DESK;
    if (!data || !Draft || !Editor || !window.WritingDeskFindings || !window.WritingDeskStorage) {
      setStatus("写作台没有加载完整（缺少数据或脚本文件），请刷新页面；仍不行请联系网站维护人员。", "error");
      return;
    }
    data.statements = {};  // filled by withPosts
    fillOptions();
    var saved = window.WritingDeskStorage.load();
    state = freshState();
    if (saved) {
      Object.keys(state).forEach(function (key) {
        if (saved[key] !== undefined) {
          state[key] = saved[key];
        }
      });
      state.framework = framework().id;  // a year dropped from the data since
      byId("desk-save").checked = true;
    }
    bind();
    withPosts(neededPosts(), function () {
      showState();
      app.setAttribute("data-ready", "1");
      setStatus(saved ? "已恢复保存在本机的草稿。不想保存时取消勾选“保存在本机”，或点“清除”。"
                      : "准备就绪：按下面五步写材料。", "");
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
